using FibroTrack.Cli;

// One executable: the web server by default (`fibrotrack` or `fibrotrack serve`), administration and
// data commands otherwise. `fibrotrack --help` lists them.
return await FibroTrackCli.Build().Parse(args).InvokeAsync();

/// <summary>The entry point, public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
