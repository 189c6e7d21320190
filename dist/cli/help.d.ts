/** What `obscompile COMMAND --help` shows after the options: examples and exit codes. */
/** The help text after a command's options. */
export declare function helpAfter(command: string): string;
