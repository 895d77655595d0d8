using FibroTrack.Features.Account;
using FibroTrack.Reports.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Report;

/// <summary>
/// The clinician report as a PDF download: <c>/api/v1/reports/clinician.pdf</c> for bearer tokens (the API accepts
/// nothing else) and <c>/report/clinician.pdf</c> for the signed-in browser, which the <c>/report</c> page's form asks for.
/// </summary>
public static class ReportEndpoints
{
    public static WebApplication MapReportEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/api/v1/reports")
            .RequireAuthorization(IdentitySetup.ApiPolicy)
            .AddEndpointFilter<SecurityStampFilter>()
            .WithTags("Reports")
            .MapGet("/clinician.pdf", DownloadAsync)
            .WithName("GetClinicianReport")
            .WithSummary("The clinician report as a PDF: summary page (ACR 2016, FIQR/PHQ-9/GAD-7, red flags, regimen, associations, treatment response), then charts, labs, medication timeline, pacing, diet and notes. from/to default to the last 365 days; paper is a4 (default) or letter.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        // The /report page's form. The cookie scheme is the default; ASP.NET Core answers endpoints it takes for APIs with a
        // bare 401 rather than the sign-in redirect, so an anonymous browser is sent to sign in here, as the pages do.
        app.MapGet("/report/clinician.pdf", async (HttpContext http, DateOnly? from, DateOnly? to, string? paper, ClinicianReportService reports, CancellationToken ct) =>
                http.User.Identity?.IsAuthenticated == true
                    ? await DownloadAsync(from, to, paper, reports, ct)
                    : Results.Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)))
            .ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> DownloadAsync(
        DateOnly? from, DateOnly? to, string? paper, ClinicianReportService reports, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Paper.Parse(paper);
        if (size is null)
        {
            errors["paper"] = ["Choose a4 or letter."];
        }

        var period = reports.ResolvePeriod(from, to);
        if (period.Error is { } error)
        {
            errors["from"] = [error];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var pdf = await reports.RenderAsync(period.From, period.To, size!.Value, ct);
        return TypedResults.File(pdf, "application/pdf", $"fibrotrack-clinician-report-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.pdf");
    }
}
