import { Octohooks } from "octohooks";

const octohooks = new Octohooks("AUTH_TOKEN");

const application = await octohooks.application.create({
  name: "Application name",
  uid: "application-name",
});
