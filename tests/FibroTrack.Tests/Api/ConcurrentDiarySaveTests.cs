using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>Many people saving at once (the wrk load test's pattern): every save lands, none is lost or mixed up.</summary>
public sealed class ConcurrentDiarySaveTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentPuts_FromSeveralPeople_AllStoredForTheirOwner()
    {
        var people = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await Accounts.SignUpAsync(factory));
        }

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var saves = Enumerable.Range(0, 32).Select(async n =>
        {
            var person = n % people.Count;
            var date = Iso(yesterday.AddDays(-(n / people.Count)));
            var body = new { values = new Dictionary<string, object> { ["symptom.pain"] = person + 1, ["symptom.fatigue"] = n % 11 } };
            using var put = await people[person].PutAsJsonAsync($"/api/v1/days/{date}", body, Ct);
            return put.StatusCode;
        });

        Assert.All(await Task.WhenAll(saves), status => Assert.Equal(HttpStatusCode.OK, status));
        var range = $"from={Iso(yesterday.AddDays(-30))}&to={Iso(yesterday)}";
        for (var person = 0; person < people.Count; person++)
        {
            var days = await people[person].GetFromJsonAsync<JsonElement>($"/api/v1/days?{range}", Ct);
            Assert.Equal(8, days.GetArrayLength());
            Assert.All(days.EnumerateArray(), d => Assert.Equal(person + 1, d.GetProperty("values").GetProperty("symptom.pain").GetInt32()));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
