// Size budget entry: what a user's bundle holds to verify webhooks.
import { Webhook } from "octohooks/webhooks";

const webhook = new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
webhook
  .verifyAsync("{}", { "webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,x" })
  .then(console.log);
