/**
 * Generated from openapi.yaml by `npm run generate` (scripts/generate-models.mjs).
 * NEVER edit this file by hand: change openapi.yaml and run `npm run generate` again.
 * @internal
 * @module
 */

/**
 * The query parameters of each operation (by method and path) under their wire names; the
 * options object takes them in camelCase. Operations not listed take none.
 * @internal
 */
export const QUERY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "GET /api/v1/app": ["limit","iterator","order"],
  "POST /api/v1/app": ["get_if_exists"],
  "GET /api/v1/app/{app_id}/endpoint": ["limit","iterator","order"],
  "GET /api/v1/app/{app_id}/endpoint/{endpoint_id}/stats": ["since","until"],
  "GET /api/v1/app/{app_id}/msg": ["limit","iterator","order","event_types","channel","before","after","with_content"],
  "POST /api/v1/app/{app_id}/msg": ["with_content"],
  "GET /api/v1/app/{app_id}/msg/{msg_id}": ["with_content"],
  "GET /api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}": ["limit","iterator","order","status","event_types","channel","before","after","with_content"],
  "GET /api/v1/app/{app_id}/attempt/msg/{msg_id}": ["limit","iterator","order","status","endpoint_id","before","after","with_content"],
  "GET /api/v1/app/{app_id}/endpoint/{endpoint_id}/msg": ["limit","iterator","order","status","event_types","channel","before","after","with_content"],
  "GET /api/v1/app/{app_id}/msg/{msg_id}/endpoint": ["limit","iterator","order"],
  "GET /api/v1/event-type": ["limit","iterator","order","include_archived","with_content"],
  "DELETE /api/v1/event-type/{event_type_name}": ["expunge"],
};
