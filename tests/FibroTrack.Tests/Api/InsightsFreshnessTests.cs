using System.Net;
using FibroTrack.Features.Insights;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// The stored insights are served while the fingerprint of their inputs is unchanged, so every change to an input must
/// change it: diary days, and FIQR totals, which the fingerprint follows through the responses rather than their rows.
/// </summary>
public sealed class InsightsFreshnessTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> FingerprintAsync(string email)
    {
        await using var scope = await Accounts.ScopeActingAsAsync(factory, email);
        return (await scope.ServiceProvider.GetRequiredService<InsightService>().FingerprintAsync(Ct)).Fingerprint;
    }

    [Fact]
    public async Task Fingerprint_ChangesWithEveryFiqrAndDiaryChange()
    {
        var email = $"fresh-{Guid.NewGuid():N}@example.test";
        var client = await Accounts.SignUpAsync(factory, email);
        using (var put = await client.PutDayAsync(Date(5), new { values = new Dictionary<string, object> { ["symptom.pain"] = 6 } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var seen = new List<string> { await FingerprintAsync(email) };
        Assert.Equal(seen[0], await FingerprintAsync(email));

        var response = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(4), answers = InstrumentForms.Fiqr() });
        seen.Add(await FingerprintAsync(email));
        var lighter = InstrumentForms.Fiqr();
        lighter["fiqr.s1"] = 1;
        var replaced = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(4), answers = lighter });
        seen.Add(await FingerprintAsync(email));
        using (var delete = await client.DeleteAsync($"/api/v1/instrument-responses/{replaced.GetProperty("id").GetInt64()}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        seen.Add(await FingerprintAsync(email));
        using (var put = await client.PutDayAsync(Date(5), new { values = new Dictionary<string, object> { ["symptom.pain"] = 7 } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        seen.Add(await FingerprintAsync(email));

        Assert.NotEqual(response.GetProperty("id").GetInt64(), replaced.GetProperty("id").GetInt64());
        // Each change gives a new fingerprint (deleting the only response returns to the first: the inputs are the same again).
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(5, seen.Count);
    }
}
