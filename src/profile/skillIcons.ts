/**
 * skillicons.dev images (`https://skillicons.dev/icons?i=js,ts,react&theme=light`): one picture of
 * a whole skills row, its skills only in the `i=` list. The common short ids are named as people
 * write the skill ("k8s" → "Kubernetes"); any other id is kept as written, since the service's
 * ids are mostly the tool's own name ("docker", "rust").
 */

/** skillicons.dev short ids whose written name differs from the id. */
const NAMES: Readonly<Record<string, string>> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  py: 'Python',
  python: 'Python',
  k8s: 'Kubernetes',
  kubernetes: 'Kubernetes',
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mongodb: 'MongoDB',
  redis: 'Redis',
  kafka: 'Apache Kafka',
  docker: 'Docker',
  terraform: 'Terraform',
  rust: 'Rust',
  go: 'Go',
  golang: 'Go',
  react: 'React',
  vue: 'Vue.js',
  angular: 'Angular',
  svelte: 'Svelte',
  nextjs: 'Next.js',
  nodejs: 'Node.js',
  express: 'Express',
  figma: 'Figma',
  html: 'HTML',
  css: 'CSS',
  sass: 'Sass',
  tailwind: 'Tailwind CSS',
  cpp: 'C++',
  cs: 'C#',
  c: 'C',
  java: 'Java',
  kotlin: 'Kotlin',
  swift: 'Swift',
  dart: 'Dart',
  flutter: 'Flutter',
  php: 'PHP',
  ruby: 'Ruby',
  rails: 'Ruby on Rails',
  scala: 'Scala',
  haskell: 'Haskell',
  elixir: 'Elixir',
  r: 'R',
  django: 'Django',
  flask: 'Flask',
  fastapi: 'FastAPI',
  graphql: 'GraphQL',
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Azure',
  git: 'Git',
  github: 'GitHub',
  gitlab: 'GitLab',
  linux: 'Linux',
  bash: 'Bash',
  ps: 'PowerShell',
  powershell: 'PowerShell',
  vim: 'Vim',
  nginx: 'Nginx',
  tensorflow: 'TensorFlow',
  pytorch: 'PyTorch',
  md: 'Markdown',
  latex: 'LaTeX',
};

/** The skills a skillicons.dev address shows, in its order; undefined for any other address. */
export function skillIconNames(src: string): string[] | undefined {
  const match = /^(?:https?:)?\/\/skillicons\.dev\/icons\?(?:[^#]*&)?i(?:cons)?=([^&#]+)/iu.exec(src.trim());
  if (!match) return undefined;
  let ids = match[1]!;
  try {
    ids = decodeURIComponent(ids);
  } catch {
    // A broken escape: the ids as written.
  }
  const names = ids
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean)
    .map((id) => NAMES[id] ?? id);
  return names.length > 0 ? [...new Set(names)] : undefined;
}
