using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Features.Account;

public static class IdentitySetup
{
    /// <summary>
    /// Identity with cookies for the web app and bearer tokens for the API. Password rules follow
    /// NIST SP 800-63B (length, no composition rules): people with fibro fog should not have to
    /// juggle symbols to get at their own diary.
    /// </summary>
    public static IServiceCollection AddFibroTrackIdentity(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<FibroTrackUserManager>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<FibroTrackDbContext>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "fibrotrack";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromDays(30);
            o.SlidingExpiration = true;
        });

        // The short-lived cookies of the two-factor step and "remember this device" get the same flags as the sign-in
        // cookie. SameAsRequest: Secure whenever the page came over HTTPS, while plain http://localhost still works.
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Identity's API setup challenges with the bearer scheme, which answers a browser with a bare 401.
        // Pages challenge with the cookie (a redirect to the sign-in page); the API policy names bearer itself.
        services.Configure<AuthenticationOptions>(o => o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>
    /// The API takes bearer tokens only: a browser's cookie is never enough to change data through it,
    /// so the JSON endpoints need no antiforgery token.
    /// </summary>
    public const string ApiPolicy = "api";
}
