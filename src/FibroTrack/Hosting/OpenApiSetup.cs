using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FibroTrack.Hosting;

internal static class OpenApiSetup
{
    public static IServiceCollection AddFibroTrackOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<BearerSecurityTransformer>();
        });

    /// <summary>Describes the bearer token from <c>POST /api/v1/auth/login</c> and requires it on the API.</summary>
    private sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info.Title = "FibroTrack API";
            document.Info.Description = "A person's fibromyalgia diary. Sign in with POST /api/v1/auth/login and send the accessToken as a bearer token.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Access token from POST /api/v1/auth/login.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
            return Task.CompletedTask;
        }
    }
}
