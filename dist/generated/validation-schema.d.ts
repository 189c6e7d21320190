export const schema: any;
