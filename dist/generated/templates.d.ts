export const templates: {
    "central-setup-storage.sh": (c0: any, r: any) => string;
    "init-run.sh": (c0: any, r: any) => string;
    "launch-model.sh": (c0: any, r: any) => string;
    "metrics_catalog.md": (c0: any, r: any) => string;
    "setup-storage.sh": (c0: any, r: any) => string;
    "starter.config.yaml": (c0: any, r: any) => string;
};
