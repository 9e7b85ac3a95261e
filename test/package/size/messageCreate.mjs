// Size budget entry: what a user's bundle holds to send one message.
import { Octohooks } from "octohooks";

const octohooks = new Octohooks("AUTH_TOKEN");
octohooks.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1" } }).then(console.log);
