namespace FibroTrack.Hosting;

/// <summary>
/// Conservative headers on every response. The pages use no JavaScript and no inline styles or
/// scripts, so the content security policy can forbid them all.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// HSTS for a year, on this host only: a self-hoster's other subdomains may not all speak HTTPS, and preloading is a
    /// decision for the domain's owner, not the app.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
            o.Preload = false;
        });

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Sent only on HTTPS responses (a browser ignores it over http anyway) and never for localhost, where a
        // developer's other apps would be forced onto HTTPS for a year.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
        return app;
    }
}
