/** Fixed places of the generated stack inside the dev container. */
/** Where the output folder (and so every script) is mounted in the dev container (read-only), so the entrypoint can always be found. */
export declare const CONTAINER_OUT_DIR = "/opt/observability";
