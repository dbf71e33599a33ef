/** The Chrome extension id the build in `distDir` will get, or undefined without a `key`. */
export declare function chromeExtensionId(distDir: string): string | undefined;
