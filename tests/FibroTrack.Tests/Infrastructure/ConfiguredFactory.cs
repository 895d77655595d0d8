using Microsoft.AspNetCore.Hosting;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>The real app with some settings of its own on top of the test defaults, e.g. low sign-in rate limits.</summary>
public sealed class ConfiguredFactory(IReadOnlyDictionary<string, string> settings) : FibroTrackFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
