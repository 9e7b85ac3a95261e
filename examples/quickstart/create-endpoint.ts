import { Octohooks } from "octohooks";

const octohooks = new Octohooks("AUTH_TOKEN");

await octohooks.endpoint.create("app_teexfqn3o09y1fnmm631r0fo8uq", {
  channels: [],
  enabled: true,
  eventTypes: ["customer.created"],
  headers: {},
  name: "My main endpoint",
  uid: 'my-main-endpoint',
  url: "https://api.example.com/octohooks-webhooks",
});
