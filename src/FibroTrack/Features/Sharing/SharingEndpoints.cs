using FibroTrack.Data.Entities;
using FibroTrack.Features.Report;

namespace FibroTrack.Features.Sharing;

/// <summary>
/// The browser side of a clinician's report download, with the sign-in cookie (the API takes bearer tokens only):
/// <c>/clinician/people/{personId}/report.pdf</c>, which the person page's form asks for.
/// </summary>
public static class SharingEndpoints
{
    public static IEndpointRouteBuilder MapSharingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/clinician/people/{personId}/report.pdf", async (string personId, DateOnly? from, DateOnly? to, string? paper,
                HttpContext http, SharedAccess access, ClinicianReportService reports, CancellationToken ct) =>
            {
                if (http.User.Identity?.IsAuthenticated != true)
                {
                    return Results.Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
                }

                return await access.OpenAsync(personId, ShareScope.ReportOnly, "report.pdf", http.Request.Path, ct)
                    ? (await ReportEndpoints.DownloadAsync(from, to, paper, reports, ct)).Result
                    : Results.NotFound();
            })
            .ExcludeFromDescription();
        return app;
    }
}
