using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Sharing;

namespace FibroTrack.Tests.Security;

/// <summary>
/// The authorization walk: every operation of the OpenAPI document, sent by every actor of <see cref="WalkActors"/>
/// against person B's records (B's ids, dates and codes in the path). The pass mark is zero leaks: no response shows any
/// of B's markers, no request changes anything of B's (data, grants, access log, research consent, roles), and every
/// answer is a refusal (400, 401, 403, 404, 405) or a success about the caller's own data; no actor gets a 2xx from an
/// administrator's operation. An anonymous caller gets 401 from everything but the public sign-in operations.
/// The factory's clock is a fake one: each seeding of B moves it a day ahead to expire one of B's grants.
/// </summary>
public sealed class AuthorizationWalkTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private const string AdminPrefix = "/api/v1/admin/";

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

    /// <summary>
    /// The positive control of the clinician requests: C1, whom B shares with now, reads B's data through the very
    /// requests the walk sends, and B's access log records each read with C1's address.
    /// </summary>
    [Fact]
    public async Task ClinicianWithActiveGrant_ReadsThroughWalkRequests_SeesBsMarkers_AndIsLogged()
    {
        var victim = await Victim.SeedAsync(factory);
        var seen = new System.Text.StringBuilder();
        foreach (var operation in (await OperationsAsync()).Where(o => o.StartsWith("GET /api/v1/clinician/people", StringComparison.Ordinal)))
        {
            using var request = WalkRequests.For(operation, victim)!;
            using var response = await victim.ActiveClinician.SendAsync(request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation} -> {(int)response.StatusCode} for the clinician B shares with");
            seen.Append(await ResponseText.ReadAsync(response));
        }

        // The people list names B by address; the report carries the regimen and the lab result.
        var text = seen.ToString();
        Assert.All(new[] { victim.Email, victim.MedicationMarker, victim.LabValueMarker }, m => Assert.Contains(m, text, StringComparison.OrdinalIgnoreCase));

        var reads = (await SharingFactory.AuditAsync(victim.Client))
            .Where(e => e.GetProperty("actorEmail").GetString() == victim.ActiveClinicianEmail)
            .Select(e => e.GetProperty("action").GetString())
            .ToList();
        // The seeded weekly read, then the walk's report, insights and weekly reads.
        Assert.Equal(["insights", "report.pdf", "weekly", "weekly"], reads.Order(StringComparer.Ordinal));
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

            if (response.IsSuccessStatusCode && operation.Split(' ')[1].StartsWith(AdminPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{operation} -> {(int)status}: an administrator's operation succeeded");
            }

            if (!actor.SignedIn && !WalkRequests.Public.ContainsKey(operation))
            {
                if (status != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{operation} -> {(int)status} without a token (expected 401)");
                }
            }
            else if (status == HttpStatusCode.Unauthorized && !WalkRequests.Public.ContainsKey(operation))
            {
                // The actor's token must hold to the end, or the operations after this one are never really tried.
                failures.Add($"{operation} -> 401 for a signed-in actor: the walk's own sign-in ended");
            }
            else if (!response.IsSuccessStatusCode && !Refusals.Contains(status))
            {
                failures.Add($"{operation} -> {(int)status}: neither a refusal nor a success");
            }
        }

        Assert.True(failures.Count == 0, $"As {actor.Name}:\n" + string.Join('\n', failures));
        Assert.Equal(before, await victim.FingerprintAsync());
    }

    /// <summary>
    /// Reads first, while the actor's own account is still empty; then writes, deletes, and last the operations that
    /// end the actor's own sign-in.
    /// </summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> operations) =>
        operations.OrderBy(o => WalkRequests.EndsOwnSignIn.Contains(o) ? 3 : o.Split(' ')[0] switch { "GET" => 0, "DELETE" => 2, _ => 1 })
            .ThenBy(o => o, StringComparer.Ordinal);

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
