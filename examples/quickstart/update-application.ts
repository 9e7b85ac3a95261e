import { Octohooks } from "octohooks";

const octohooks = new Octohooks("AUTH_TOKEN");

octohooks.application.update("some-user", {
  name: "Some User Application",
});
