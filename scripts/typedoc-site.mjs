// typedoc plugin for the reference site (`npm run docs`): one sidebar grouped by what a user looks for
// rather than by entry point, the guides as pages of the site, and the README's links kept on the site.
// - Every exported symbol gets a category from the file that declares it (CATEGORIES), so the grouping
//   follows the source layout and needs no tag in the source. A symbol no rule covers is a warning,
//   which typedoc.json's treatWarningsAsErrors turns into a failed build: nothing lands in "Other".
// - The entry points (octohooks, its webhook adapters, octohooks/mock) are merged into the project; each category's
//   description says which import path holds it.
// - The guides (typedoc.json's projectDocuments) are titled and ordered as docs/README.md links them.
// - The README links to the repository with absolute URLs, so they work on the npm page; on the site
//   those links are read as the relative paths they name, so they open the site's own pages.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Converter, MinimalSourceFile, ReflectionKind, RendererEvent } from "typedoc";

const ROOT = resolve(import.meta.dirname, "..");

/** [category, does a declaring file (repository-relative) belong to it, description], in sidebar order. */
const CATEGORIES = [
  [
    "Client",
    (file) => file === "src/octohooks.ts" || file.startsWith("src/core/"),
    "The client, its options and pagination, from `octohooks`.",
  ],
  [
    "Resources",
    (file) => file.startsWith("src/resources/"),
    "The client's resources (`octohooks.message`, …), from `octohooks`.",
  ],
  [
    "Models",
    (file) => file === "src/models.ts" || file.startsWith("src/generated/"),
    "Request and response bodies, generated from openapi.yaml, from `octohooks`.",
  ],
  [
    "Errors",
    (file) => file === "src/core/errors.ts",
    "What a call throws, every one an `OctohooksError`, from `octohooks`.",
  ],
  [
    "Webhooks",
    (file) => file.startsWith("src/webhooks/"),
    "Verifying and signing webhooks, from `octohooks/webhooks` (also exported by `octohooks`); the receiver adapters from `octohooks/webhooks/node` and `octohooks/webhooks/express`.",
  ],
  [
    "Mock",
    (file) => file.startsWith("src/mock/"),
    "The reference mock server, from `octohooks/mock` (msw is its optional peer).",
  ],
  ["Guides", () => false, "The guides, from getting started to migrating from Svix."],
];
/** The first item of a category, whatever the order of the exports. */
const LEADS = { Client: "Octohooks" };

function categoryOf(file) {
  // errors.ts is in src/core/ too: the more specific rules are tried before Client's.
  const [client, ...others] = CATEGORIES;
  return [...others, client].find(([, test]) => test(file))?.[0];
}

/** The pages docs/README.md links (absolute paths), in that order, each with its link text as title. */
function guideTitles() {
  const index = resolve(ROOT, "docs/README.md");
  const titles = new Map([[index, "Guides"]]);
  for (const [, text, target] of readFileSync(index, "utf8").matchAll(/\[([^\]]+)\]\(([^)#]+\.md)\)/g)) {
    const path = resolve(dirname(index), target);
    if (!titles.has(path)) titles.set(path, text);
  }
  return titles;
}

/** The repository's web address, from package.json. */
function repositoryUrl() {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));
  return manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const declaredIn = new Map();
  const guides = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration) declaredIn.set(reflection, relative(ROOT, declaration.getSourceFile().fileName));
  });

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const file = document.project.files.getReflectionPath(document);
    if (!file) return;
    guides.set(document, resolve(file));
    document.frontmatter.category = "Guides";
  });

  // Before typedoc merges modules (10000) and after it has read the README (0).
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => mergeModules(app, context.project, declaredIn),
    20_000,
  );
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => relinkReadme(app, context), -100);

  // After typedoc's CategoryPlugin (-200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => orderCategories(app, context.project, guides),
    -300,
  );

  // Pages are routed by now, so a guide keeps its file's name in its URL (documents/getting-started.html)
  // and shows the title docs/README.md gives it.
  app.renderer.on(RendererEvent.BEGIN, () => {
    const titles = guideTitles();
    for (const [document, file] of guides) document.name = titles.get(file) ?? document.name;
  });
}

function mergeModules(app, project, declaredIn) {
  for (const module of [...(project.children ?? [])]) {
    if (!module.kindOf(ReflectionKind.Module)) continue;
    for (const child of module.children ?? []) categorize(app, child, declaredIn.get(child));
    project.mergeReflections(module, project);
  }
}

function categorize(app, reflection, file) {
  const title = file && categoryOf(file);
  // A function's comment lives on its signature; typedoc reads categories from either.
  const comment = reflection.comment ?? reflection.signatures?.[0]?.comment;
  if (!title || !comment) {
    app.logger.warn(`${reflection.name} (${file}) gets no category from scripts/typedoc-site.mjs`);
    return;
  }
  comment.blockTags.push({ tag: "@category", content: [{ kind: "text", text: title }] });
}

function relinkReadme(app, context) {
  const readme = resolve(ROOT, app.options.getValue("readme"));
  const repository = repositoryUrl();
  const text = readFileSync(readme, "utf8").replaceAll(
    new RegExp(`\\]\\(${repository.replaceAll(".", "\\.")}/(?:blob|raw)/main/([^)]+)\\)`, "g"),
    (_, path) => `](${path})`,
  );
  const parsed = context.converter.parseRawComment(
    new MinimalSourceFile(text, readme),
    context.project.files,
  );
  context.project.readme = parsed.content;
}

function orderCategories(app, project, guides) {
  const found = new Map((project.categories ?? []).map((category) => [category.title, category]));
  for (const title of found.keys()) {
    if (!CATEGORIES.some(([name]) => name === title)) app.logger.warn(`Unexpected category "${title}"`);
  }
  const guideOrder = [...guideTitles().keys()];
  project.categories = CATEGORIES.flatMap(([title, , description]) => {
    const category = found.get(title);
    if (!category) return [];
    category.description = [{ kind: "text", text: description }];
    const lead = LEADS[title];
    if (lead) category.children.sort((a, b) => (b.name === lead) - (a.name === lead));
    if (title === "Guides") {
      // A guide docs/README.md does not link goes last (indexOf's -1 becomes the largest unsigned).
      const rank = (document) => guideOrder.indexOf(guides.get(document)) >>> 0;
      category.children.sort((a, b) => rank(a) - rank(b));
    }
    return [category];
  });
}
