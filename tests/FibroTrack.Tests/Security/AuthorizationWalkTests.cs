using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Security;

/// <summary>
/// The authorization walk: every operation of the OpenAPI document, sent by every actor of <see cref="WalkActors"/>
/// against person B's records (B's ids, dates and codes in the path). The pass mark is zero leaks: no response shows any
/// of B's markers, no request changes anything of B's, and every answer is a refusal (400, 401, 403, 404, 405) or a
/// success about the caller's own data. An anonymous caller gets 401 from everything but the public sign-in operations.
/// </summary>
public sealed class AuthorizationWalkTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly HashSet<HttpStatusCode> Refusals =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Actors => [.. WalkActors.All.Select(a => a.Name)];

    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasAWalkRequest()
    {
        var victim = await Victim.SeedAsync(factory);
        var operations = await OperationsAsync();
        Assert.True(operations.Count > 50, $"Only {operations.Count} operations in the OpenAPI document.");

        var missing = operations.Where(o => WalkRequests.For(o, victim) is null).ToList();
        var stalePublic = WalkRequests.Public.Keys.Where(o => !operations.Contains(o)).ToList();

        Assert.True(missing.Count == 0, "Operations the walk does not cover (add them to WalkRequests.For, or to WalkRequests.Public with the reason):\n" + string.Join('\n', missing));
        Assert.True(stalePublic.Count == 0, "Operations listed as public that the app no longer has:\n" + string.Join('\n', stalePublic));
    }

    /// <summary>The control: B's own reads show every marker, so the walk would notice one in somebody else's response.</summary>
    [Fact]
    public async Task Victim_ReadsOwnRecords_EveryMarkerShows()
    {
        var victim = await Victim.SeedAsync(factory);
        var seen = new System.Text.StringBuilder();
        foreach (var operation in (await OperationsAsync()).Where(o => o.StartsWith("GET ", StringComparison.Ordinal)))
        {
            using var request = WalkRequests.For(operation, victim)!;
            using var response = await victim.Client.SendAsync(request, Ct);
            seen.Append(await ResponseText.ReadAsync(response));
        }

        var text = seen.ToString();
        Assert.All(victim.Markers, m => Assert.Contains(m, text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Actors))]
    public async Task Walk_EveryOperationAsActor_NoLeakNoChangeOnlyRefusalsOrOwnData(string actorName)
    {
        var actor = WalkActors.Named(actorName);
        var victim = await Victim.SeedAsync(factory);
        var before = await victim.FingerprintAsync();
        Assert.All(victim.Markers, m => Assert.Contains(m, before, StringComparison.OrdinalIgnoreCase));
        var client = await actor.CreateAsync(factory, victim);

        var failures = new List<string>();
        foreach (var operation in Ordered(await OperationsAsync()))
        {
            using var request = WalkRequests.For(operation, victim)
                ?? throw new InvalidOperationException($"{operation} has no walk request; see OpenApiDocument_EveryOperation_HasAWalkRequest.");

            // A response may repeat what the caller sent (B's variable code in a query, say); that is no leak.
            var sent = request.RequestUri + (request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(Ct));
            var markers = victim.Markers.Where(m => !sent.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
            using var response = await client.SendAsync(request, Ct);
            var status = response.StatusCode;
            var text = await ResponseText.ReadAsync(response);

            if (markers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)) is { } leaked)
            {
                failures.Add($"{operation} -> {(int)status} shows B's marker {leaked}");
            }

            if (!actor.SignedIn && !WalkRequests.Public.ContainsKey(operation))
            {
                if (status != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{operation} -> {(int)status} without a token (expected 401)");
                }
            }
            else if (!response.IsSuccessStatusCode && !Refusals.Contains(status))
            {
                failures.Add($"{operation} -> {(int)status}: neither a refusal nor a success");
            }
        }

        Assert.True(failures.Count == 0, $"As {actor.Name}:\n" + string.Join('\n', failures));
        Assert.Equal(before, await victim.FingerprintAsync());
    }

    /// <summary>Reads first, while the actor's own account is still empty; then writes, deletes last.</summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> operations) =>
        operations.OrderBy(o => o.Split(' ')[0] switch { "GET" => 0, "DELETE" => 2, _ => 1 }).ThenBy(o => o, StringComparer.Ordinal);

    /// <summary>"METHOD /path" of every operation the app publishes, read from the running app's own document.</summary>
    private async Task<IReadOnlyList<string>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json", Ct));
        return
        [
            .. document.RootElement.GetProperty("paths").EnumerateObject()
                .SelectMany(path => path.Value.EnumerateObject()
                    .Where(op => op.Name is "get" or "put" or "post" or "delete" or "patch" or "head" or "options" or "trace")
                    .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}")),
        ];
    }
}
