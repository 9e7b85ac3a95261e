/** Anything findable by an optional UID. */
export interface HasUid {
  uid: string | null;
}

/** Sets `record.uid` and keeps the UID map in step (the caller has checked the UID is free). */
export function reindexUid<T extends HasUid>(byUid: Map<string, T>, record: T, uid: string | null): void {
  if (record.uid !== null && byUid.get(record.uid) === record) byUid.delete(record.uid);
  record.uid = uid;
  if (uid !== null) byUid.set(uid, record);
}
