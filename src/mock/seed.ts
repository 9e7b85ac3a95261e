/**
 * Applications a mock starts with, under IDs the caller chose (`createMockServer({ applications })`,
 * `octohooks-mock --app`): the one way to an entity with a known ID, since the API generates IDs
 * and a UID may not look like one.
 *
 * @module
 */
import { validateApplicationId, validateUid } from "../generated/validators.js";
import type { Clock } from "./clock.js";
import { insertApplication } from "./operations/applications.js";
import type { MockStore } from "./store.js";

/** An application given to `createMockServer({ applications })`. */
export interface SeedApplication {
  /** Its ID, e.g. `app_teexfqn3o09y1fnmm631r0fo8uq`. */
  readonly id: string;
  /** Its display name. */
  readonly name: string;
  /** Its UID, if any. */
  readonly uid?: string;
  /** The environment it belongs to (default: that of the first token). */
  readonly environment?: string;
}

/** Stores the seeded applications, refusing what the API itself would never hold. */
export function seedApplications(
  store: MockStore,
  clock: Clock,
  seeds: readonly SeedApplication[],
  env: string,
) {
  for (const seed of seeds) {
    const target = store.environments.get(seed.environment ?? env);
    if (!target)
      throw new RangeError(`applications: no environment named ${JSON.stringify(seed.environment)}`);
    const uidOk = seed.uid === undefined || validateUid(seed.uid);
    if (!validateApplicationId(seed.id) || !uidOk || !seed.name)
      throw new RangeError(
        `applications: ${JSON.stringify(seed.id)} needs an app_ ID, a name and a valid uid`,
      );
    if (target.findApp(seed.id) || (seed.uid !== undefined && target.findApp(seed.uid)))
      throw new RangeError(`applications: ${JSON.stringify(seed.id)} is taken`);
    insertApplication(target, clock.now(), { id: seed.id, name: seed.name, uid: seed.uid ?? null });
  }
}
