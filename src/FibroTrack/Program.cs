using FibroTrack.Cli;

// One executable: the web server by default (`fibrotrack` or `fibrotrack serve`), administration and
// data commands otherwise. `fibrotrack --help` lists them.
return await FibroTrackCli.Build().Parse(args).InvokeAsync();
