using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Sharing;

/// <summary>Bad input to a new grant is refused with a problem naming each wrong field, and nothing is created.</summary>
public sealed class SharingValidationTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private async Task<IReadOnlyDictionary<string, string[]>> CreateAsync(HttpClient person, object body)
    {
        using var response = await person.PostJsonAsync("/api/v1/sharing/grants", body);
        return await ApiCalls.ValidationErrorsAsync(response);
    }

    [Fact]
    public async Task CreateGrant_BadEmailUnknownScopePastExpiry_ThreeFieldsNamed()
    {
        var person = await Accounts.SignUpAsync(factory);

        var errors = await CreateAsync(person, new { email = "not an address", scope = "everything", expiresOn = factory.InDays(-1) });

        Assert.Equal(["email", "expiresOn", "scope"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray());
    }

    [Fact]
    public async Task CreateGrant_ExpiryBeyondOneYear_ExpiresOnNamed()
    {
        var person = await Accounts.SignUpAsync(factory);

        var errors = await CreateAsync(person, new { scope = "readAll", expiresOn = factory.InDays(366) });

        Assert.Equal(["expiresOn"], errors.Keys);
    }

    [Fact]
    public async Task CreateGrant_ExpiryMissing_ExpiresOnNamed()
    {
        var person = await Accounts.SignUpAsync(factory);

        var errors = await CreateAsync(person, new { scope = "readAll" });

        Assert.Equal(["expiresOn"], errors.Keys);
    }

    [Fact]
    public async Task CreateGrant_OwnAddress_EmailNamed()
    {
        var email = $"self-{Guid.NewGuid():N}@example.test";
        var person = await Accounts.SignUpAsync(factory, email);

        var errors = await CreateAsync(person, new { email, scope = "readAll", expiresOn = factory.InDays(5) });

        Assert.Equal(["email"], errors.Keys);
    }

    [Fact]
    public async Task CreateGrant_ExactlyOneYearAhead_Accepted()
    {
        var person = await Accounts.SignUpAsync(factory);

        var created = await person.CreateAsync("/api/v1/sharing/grants", new { scope = "reportOnly", expiresOn = factory.InDays(365) });

        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$", created.GetProperty("code").GetString());
        Assert.StartsWith("/clinician/accept?code=", created.GetProperty("acceptPath").GetString(), StringComparison.Ordinal);
    }
}
