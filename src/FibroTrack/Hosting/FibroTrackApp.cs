using System.Text.Json.Serialization;
using FibroTrack.Components;
using FibroTrack.Features.Account;
using FibroTrack.Features.Admin;
using FibroTrack.Features.CustomVariables;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Export;
using FibroTrack.Features.Fhir;
using FibroTrack.Features.Health;
using FibroTrack.Features.History;
using FibroTrack.Features.Import;
using FibroTrack.Features.Infections;
using FibroTrack.Features.Insights;
using FibroTrack.Features.Instruments;
using FibroTrack.Features.Labs;
using FibroTrack.Features.RedFlags;
using FibroTrack.Features.Profile;
using FibroTrack.Features.Regimen;
using FibroTrack.Features.Sharing;
using FibroTrack.Features.Research;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Features.Weekly;
using FibroTrack.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using FibroTrack.Data;
using FibroTrack.Data.Entities;

namespace FibroTrack.Hosting;

/// <summary>The web app: services first, then the pipeline and endpoints. Reads top to bottom like a table of contents.</summary>
public static class FibroTrackApp
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // appsettings.json and wwwroot sit beside the executable, wherever it is started from; the
        // working directory only anchors relative data paths. Tests pass their own --contentRoot.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        var services = builder.Services;

        // `dotnet run` serves wwwroot from the build's static-asset manifest in every environment,
        // not only Development; a published app has no manifest and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();

        services.AddSingleton<TimeProvider>(MicrosecondClock.Instance);
        services.AddFibroTrackStorage();
        services.AddDataProtection().SetApplicationName("FibroTrack").PersistKeysToDbContext<FibroTrackDbContext>();
        services.AddFibroTrackIdentity();
        services.AddSignInRateLimits();
        services.AddSecurityHeaders();
        services.AddHttpContextAccessor();

        services.AddScoped<VocabularyService>();
        services.AddSingleton<VocabularyCache>();
        services.AddSingleton<VocabularyChanges>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<VocabularyChanges>());
        services.AddHostedService<VocabularyChangeListener>();
        services.AddScoped<DiaryService>();
        services.AddScoped<RegimenService>();
        services.AddScoped<CustomVariableService>();
        services.AddScoped<HistoryService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<InfectionService>();
        services.AddScoped<InstrumentService>();
        services.AddScoped<LabService>();
        services.AddScoped<RedFlagService>();
        services.AddScoped<InsightService>();
        services.AddScoped<WeeklySummaryService>();
        services.AddScoped<InsightsPageService>();
        services.AddScoped<ExportService>();
        services.AddScoped<Features.Report.ClinicianReportService>();
        services.AddScoped<ResearchConsentService>();
        services.AddScoped<ConsentingCohort>();
        services.AddScoped<CohortService>();
        services.AddScoped<DeidentifiedExport>();
        services.AddImports();
        services.AddScoped<SharingService>();
        services.AddScoped<SharedAccess>();
        services.AddScoped<UserRoleService>();

        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();
        services.AddFibroTrackOpenApi();
        services.AddFibroTrackHealthChecks();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            // A misspelt property is an error, not silently dropped data.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // A number must be a JSON number everywhere, as the diary already insists ("6" is text).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.MaxDepth = 16;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        return builder;
    }

    public static WebApplication Build(string[] args) => Configure(CreateBuilder(args).Build());

    public static WebApplication Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.MapStaticAssets();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapFibroTrackHealth();
        app.MapOpenApi("/openapi/{documentName}.json");

        var api = app.MapGroup("/api/v1");
        api.MapGroup("/auth").WithTags("Authentication")
            .RequireRateLimiting(SignInRateLimits.Policy)
            .AddEndpointFilter<LoginAttemptFilter>()
            .MapIdentityApi<AppUser>();
        api.MapGroup("/")
            .RequireAuthorization(IdentitySetup.ApiPolicy)
            .AddEndpointFilter<SecurityStampFilter>()
            .MapDiaryApi()
            .MapAccountDeletionApi()
            .MapVocabularyApi()
            .MapRegimenApi()
            .MapCustomVariablesApi()
            .MapProfileApi()
            .MapInfectionsApi()
            .MapInstrumentsApi()
            .MapLabsApi()
            .MapRedFlagsApi()
            .MapFhirApi()
            .MapInsightsApi()
            .MapWeeklyApi()
            .MapExportApi()
            .MapImportsApi()
            .MapSharingApi()
            .MapClinicianApi()
            .MapAdminUsersApi()
            .MapResearchConsentApi()
            .MapResearchApi();

        app.MapAccountEndpoints();
        app.MapMyDataEndpoints();
        app.MapSharingEndpoints();
        Features.Report.ReportEndpoints.MapReportEndpoints(app);
        app.MapRazorComponents<App>();
        return app;
    }
}
