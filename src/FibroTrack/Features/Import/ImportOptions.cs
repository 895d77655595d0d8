using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Import;

/// <summary>Bounds on one import (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file accepted, in bytes (default 1 GiB). Files are streamed, never held whole in memory.</summary>
    public long MaxBytes { get; set; } = 1L << 30;

    /// <summary>How many errors a plan lists; the rest are only counted.</summary>
    public int MaxErrors { get; set; } = 200;

    /// <summary>The most custom variables one import may create for one person: a guard against garbage files.</summary>
    public int MaxNewVariables { get; set; } = 2000;
}

public static class ImportSetup
{
    /// <summary>The import feature's services: options and <see cref="ImportService"/>.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImportOptions>>().Value);
        services.AddScoped<ImportService>();
        services.AddScoped<FhirImportService>();
        return services;
    }
}
