using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Export;
using FibroTrack.Features.Fhir;
using FibroTrack.Fhir;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FibroTrack.Features.Account;

/// <summary>
/// The browser side of "my data" (<c>/account/data</c>): downloads of everything (FHIR Bundle, observations CSV) and
/// account deletion, with the sign-in cookie. The bearer API has the same under <c>/api/v1</c>.
/// </summary>
public static class MyDataEndpoints
{
    public static IEndpointRouteBuilder MapMyDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/data/fibrotrack-fhir.json", async (HttpContext http, CancellationToken ct) =>
            {
                if (SignIn(http) is { } redirect)
                {
                    return redirect;
                }

                var bundle = await ActivatorUtilities.CreateInstance<FhirExportService>(http.RequestServices).ExportAsync(FhirBundleKind.Collection, null, null, ct);
                return Results.File(FhirJson.SerializeToUtf8Bytes(bundle), FhirJson.MediaType, "fibrotrack-fhir.json");
            })
            .ExcludeFromDescription();

        app.MapGet("/account/data/fibrotrack-observations.csv", async (HttpContext http, ExportService exports, CancellationToken ct) =>
            {
                if (SignIn(http) is { } redirect)
                {
                    return redirect;
                }

                var range = await exports.ResolveRangeAsync(ExportKind.Observations, null, null, ct);
                return Results.Stream(
                    body => exports.WriteAsync(ExportKind.Observations, ExportFormat.Csv, range.Value!, body, ct),
                    CsvExport.ContentType,
                    "fibrotrack-observations.csv");
            })
            .ExcludeFromDescription();

        // A form post with an antiforgery token and the password again; the cookie is then ended.
        app.MapPost("/account/delete", async ([FromForm] string? password, HttpContext http, OwnerScope owner,
                UserManager<AppUser> users, SignInManager<AppUser> signIn) =>
            {
                if (SignIn(http) is { } redirect)
                {
                    return redirect;
                }

                var user = await users.FindByIdAsync(owner.RequireOwner());
                if (user is null || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
                {
                    return Results.LocalRedirect("/account/data?error=password");
                }

                var deleted = await users.DeleteAsync(user);
                if (!deleted.Succeeded)
                {
                    return Results.LocalRedirect("/account/data?error=failed");
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login?deleted=1");
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>An anonymous browser is sent to sign in and back, as pages are.</summary>
    private static IResult? SignIn(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
            ? null
            : Results.Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
}
