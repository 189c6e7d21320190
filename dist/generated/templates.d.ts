export const templates: {
    "central-setup-storage.sh": {
        "0": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
    "init-run.sh": {
        "0": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "1": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "2": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "3": (container: any, depth0: any, helpers: any, partials: any, data: any) => any;
        "4": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "5": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "6": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "7": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "8": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        "9": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
    "launch-model.sh": {
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
    "metrics_catalog.md": {
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
    "setup-storage.sh": {
        "0": (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
    "starter.config.yaml": {
        compiler: (string | number)[];
        main: (container: any, depth0: any, helpers: any, partials: any, data: any) => string;
        useData: boolean;
    };
};
