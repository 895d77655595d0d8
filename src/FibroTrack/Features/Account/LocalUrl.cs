namespace FibroTrack.Features.Account;

/// <summary>Where to go after signing in: only same-site paths, since an open redirect would hand the session to a phishing page.</summary>
public static class LocalUrl
{
    public static string Or(string? url, string fallback = "/") =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
