using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using FibroTrack.Core.Demo;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Admin;
using FibroTrack.Features.Demo;
using FibroTrack.Tests.Import;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>
/// Deleting an account removes every row of the person: each table of the model with an owner (or a user id) is
/// checked, after first checking that the person had rows in it, so a table added later without a cascade fails here.
/// </summary>
public sealed class AccountDeletionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAccount_RemovesEveryRowOfThePersonAndNothingOfAnyoneElse()
    {
        using var factory = new FibroTrackFactory();
        var (a, aId) = await DemoPersonWithEverythingAsync(factory, "a@example.test");
        var (b, bId) = await DemoPersonWithEverythingAsync(factory, "b@example.test");
        var tables = await CountsAsync(factory, aId);
        Assert.All(tables, t => Assert.True(t.Value > 0, $"{t.Key} has no row of the person, so the test would not notice a missing cascade."));
        var before = await CountsAsync(factory, bId);

        using var deleted = await a.PostAsJsonAsync("/api/v1/account/delete", new { password = Accounts.Password }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.All(await CountsAsync(factory, aId), t => Assert.Equal(0, t.Value));
        Assert.Equal(before, await CountsAsync(factory, bId));
        Assert.Equal(0, await ScalarAsync(factory, """SELECT COUNT(*) FROM regimen_doses WHERE "RegimenItemId" NOT IN (SELECT "Id" FROM regimen_items)"""));
        using var after = await a.GetAsync("/api/v1/profile", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var other = await b.GetAsync("/api/v1/profile", Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_Clinician_GrantsToThemEndAndThePersonsLogKeepsWhoItWas()
    {
        using var factory = new FibroTrackFactory();
        var (person, personId) = await DemoPersonWithEverythingAsync(factory, "d@example.test");
        var clinician = await SignInAsync(factory, "clinician-of-d@example.test");

        using var deleted = await clinician.PostAsJsonAsync("/api/v1/account/delete", new { password = Accounts.Password }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await ScalarAsync(factory, """SELECT COUNT(*) FROM care_grants WHERE "OwnerId" = @id""", personId));
        var entry = Assert.Single((await person.GetJsonAsync("/api/v1/sharing/audit")).GetProperty("entries").EnumerateArray());
        Assert.Equal("clinician-of-d@example.test", entry.GetProperty("actorEmail").GetString());
        Assert.Equal(0, await ScalarAsync(factory, """SELECT COUNT(*) FROM access_audit WHERE "ActorId" IS NOT NULL AND "OwnerId" = @id""", personId));
    }

    private static async Task<HttpClient> SignInAsync(FibroTrackFactory factory, string email)
    {
        using var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        login.EnsureSuccessStatusCode();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task DeleteAccount_WrongPassword_400NamingPasswordAndNothingDeleted()
    {
        using var factory = new FibroTrackFactory();
        var (client, id) = await DemoPersonWithEverythingAsync(factory, "c@example.test");
        var before = await CountsAsync(factory, id);

        using var response = await client.PostAsJsonAsync("/api/v1/account/delete", new { password = "not the password" }, Ct);

        Assert.Contains("password", await ApiCalls.ValidationFieldsAsync(response));
        Assert.Equal(before, await CountsAsync(factory, id));
    }

    [Fact]
    public async Task DeleteAccount_WithoutToken_401()
    {
        using var factory = new FibroTrackFactory();

        using var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/delete", new { password = "x" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A person with a demo season, an import (own variables, an imports row) and stored insights.</summary>
    private static async Task<(HttpClient Client, string Id)> DemoPersonWithEverythingAsync(FibroTrackFactory factory, string email)
    {
        var client = await Accounts.SignUpAsync(factory, email);
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            id = user.Id;
            var today = DateOnly.FromDateTime(DateTime.Now);
            Assert.Empty(await DemoSeeder.SeedAsync(scope.ServiceProvider, id, DemoDiaryGenerator.Generate(today, 120), Ct));

            // Identity's own per-user tables, which an account gets with an external login or an authenticator app.
            Assert.True((await users.AddClaimAsync(user, new System.Security.Claims.Claim("test", "claim"))).Succeeded);
            Assert.True((await users.AddLoginAsync(user, new UserLoginInfo("test-provider", "key-" + id, "Test"))).Succeeded);
            Assert.True((await users.SetAuthenticationTokenAsync(user, "test-provider", "token", "value")).Succeeded);
        }

        await client.CreateAsync("/api/v1/infections", new { type = "covid-19", startDate = ApiCalls.Date(40), endDate = ApiCalls.Date(30), confirmedByTest = true });

        var csv = string.Join('\n', "date,variable,value", $"{ApiCalls.Date(200)},Work hours,6") + "\n";
        using var import = await client.PostCsvAsync("commit", csv, null);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        await client.GetJsonAsync("/api/v1/insights");

        // Shared with a clinician, who read the report once: a care grant and an access log entry of the person.
        var clinicianEmail = "clinician-of-" + email;
        var clinician = await Accounts.SignUpAsync(factory, clinicianEmail);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<UserRoleService>();
            Assert.Equal(UserRoleService.Outcome.Done, await roles.ChangeAsync((await users.FindByEmailAsync(clinicianEmail))!, Roles.Clinician, add: true));
        }

        var code = (await client.CreateAsync("/api/v1/sharing/grants", new { scope = "readAll", expiresOn = ApiCalls.Date(-30) })).GetProperty("code").GetString();
        using var accepted = await clinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await clinician.GetJsonAsync($"/api/v1/clinician/people/{id}/weekly");

        using var consent = await client.PutAsJsonAsync("/api/v1/research/consent", new { consented = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        return (client, id);
    }

    /// <summary>Rows per table whose owner (or user id, for Identity's tables) is <paramref name="id"/>, read past the owner filters.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(FibroTrackFactory factory, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var key = entity.FindProperty("OwnerId") ?? entity.FindProperty("UserId");
            var table = entity.GetTableName();
            if (key is null || table is null || entity.ClrType == typeof(IdentityUserRole<string>))
            {
                continue;
            }

            var column = key.GetColumnName();
            counts[table] = await ScalarAsync(factory, $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @id", id);
        }

        counts["AspNetUsers"] = await ScalarAsync(factory, """SELECT COUNT(*) FROM "AspNetUsers" WHERE "Id" = @id""", id);
        return counts;
    }

    private static async Task<long> ScalarAsync(FibroTrackFactory factory, string sql, string? id = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
