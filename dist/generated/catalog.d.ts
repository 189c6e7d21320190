export const catalog: ({
    source: string;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        requires?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        requires: string;
    })[];
    notes?: undefined;
    labelFields?: undefined;
    major?: undefined;
    seriesLabels?: undefined;
    engine?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    notes: string[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        condition?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        condition: string;
        labels: never[];
    })[];
    labelFields?: undefined;
    major?: undefined;
    seriesLabels?: undefined;
    engine?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    title: string;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    labelFields: {
        name: string;
        help: string;
    }[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        since?: undefined;
        appears?: undefined;
        condition?: undefined;
        typeBefore?: undefined;
        requires?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        since: string;
        appears: string;
        condition?: undefined;
        typeBefore?: undefined;
        requires?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        condition: string;
        labels: never[];
        since?: undefined;
        appears?: undefined;
        typeBefore?: undefined;
        requires?: undefined;
    } | {
        name: string;
        type: string;
        typeBefore: {
            version: string;
            type: string;
        };
        help: string;
        labels: never[];
        since?: undefined;
        appears?: undefined;
        condition?: undefined;
        requires?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        requires: string;
        labels: never[];
        since?: undefined;
        appears?: undefined;
        condition?: undefined;
        typeBefore?: undefined;
    })[];
    notes: string[];
    selection?: undefined;
    major?: undefined;
    seriesLabels?: undefined;
    engine?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    major: number;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    seriesLabels: never[];
    notes: string[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        appears: string;
        requires?: undefined;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        requires: string;
        appears?: undefined;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        requires: string;
        appears: string;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: never[];
        appears?: undefined;
        requires?: undefined;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        buckets: number[];
        appears: string;
        requires?: undefined;
    })[];
    labelFields?: undefined;
    engine?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    major: number;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    metrics: {
        name: string;
        type: string;
        help: string;
        labels: string[];
    }[];
    notes?: undefined;
    labelFields?: undefined;
    seriesLabels?: undefined;
    engine?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    engine: string;
    title: string;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    labelSets: {
        tokenizer: string[];
        cache: string[];
    };
    seriesLabels: string[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        appears?: undefined;
        condition?: undefined;
        buckets?: undefined;
        labelSet?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        appears: string;
        labels: never[];
        condition?: undefined;
        buckets?: undefined;
        labelSet?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        condition: string;
        appears?: undefined;
        buckets?: undefined;
        labelSet?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        buckets: number[];
        appears?: undefined;
        condition?: undefined;
        labelSet?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labelSet: string;
        labels: string[];
        appears?: undefined;
        condition?: undefined;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labelSet: string;
        labels: string[];
        appears: string;
        condition?: undefined;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labelSet: string;
        labels: string[];
        buckets: number[];
        appears?: undefined;
        condition?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labelSet: string;
        buckets: number[];
        appears: string;
        labels: never[];
        condition?: undefined;
    })[];
    selection?: undefined;
    notes?: undefined;
    labelFields?: undefined;
    major?: undefined;
} | {
    source: string;
    engine: string;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    notes: string[];
    seriesLabels: string[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        buckets?: undefined;
        condition?: undefined;
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        buckets: number[];
        labels: never[];
        condition?: undefined;
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        buckets: number[];
        condition: string;
        labels: never[];
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        noSeriesLabels: boolean;
        labels: string[];
        condition: string;
        buckets?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        condition: string;
        buckets?: undefined;
        noSeriesLabels?: undefined;
    })[];
    labelFields?: undefined;
    major?: undefined;
    labelSets?: undefined;
} | {
    source: string;
    title: string;
    selection: boolean;
    upstream: {
        project: string;
        url: string;
        version: string;
        facts: string[];
    };
    seriesLabels: string[];
    notes: string[];
    metrics: ({
        name: string;
        type: string;
        help: string;
        labels: string[];
        condition?: undefined;
        disabledKind?: undefined;
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        condition: string;
        labels: never[];
        disabledKind?: undefined;
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        disabledKind: string;
        condition?: undefined;
        noSeriesLabels?: undefined;
    } | {
        name: string;
        type: string;
        help: string;
        labels: string[];
        noSeriesLabels: boolean;
        condition?: undefined;
        disabledKind?: undefined;
    })[];
    labelFields?: undefined;
    major?: undefined;
    engine?: undefined;
    labelSets?: undefined;
})[];
