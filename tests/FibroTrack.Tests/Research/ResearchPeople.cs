using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Research;

/// <summary>A person of a research test: their API client and account id.</summary>
internal sealed record ResearchPerson(HttpClient Client, string Id, string Email);

/// <summary>Creates people, consents, roles and records for the research tests through the real app.</summary>
internal static class ResearchPeople
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    public static async Task<ResearchPerson> SignUpAsync(FibroTrackFactory factory, string email)
    {
        var client = await Accounts.SignUpAsync(factory, email);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return new ResearchPerson(client, user!.Id, email);
    }

    /// <summary>A new account given <paramref name="role"/>, signed in again so its token carries the role.</summary>
    public static async Task<ResearchPerson> WithRoleAsync(FibroTrackFactory factory, string email, string role)
    {
        var person = await SignUpAsync(factory, email);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(person.Id))!, role)).Succeeded);
        }

        using var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<LoginResponse>(Ct);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return person with { Client = client };
    }

    public static async Task SetConsentAsync(ResearchPerson person, bool consented)
    {
        using var response = await person.Client.PutAsJsonAsync("/api/v1/research/consent", new { consented }, Ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Writes rows as the person, through the owner scope (the DbContext stamps and checks the owner).</summary>
    public static async Task AsPersonAsync(FibroTrackFactory factory, string id, Action<FibroTrackDbContext> write)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(id);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        write(db);
        await db.SaveChangesAsync(Ct);
    }

    public static void AddPainDay(this FibroTrackDbContext db, DateOnly date, double pain, string? note = null)
    {
        var entry = new DiaryEntry { Date = date, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        entry.Observations.Add(new ObservationRow { Date = date, Code = "symptom.pain", Value = pain });
        if (note is not null)
        {
            entry.Observations.Add(new ObservationRow { Date = date, Code = "diary.note", Text = note });
        }

        db.DiaryEntries.Add(entry);
    }

    public static void AddFiqr(this FibroTrackDbContext db, DateOnly date, double total)
    {
        var response = new InstrumentResponseRow { InstrumentId = "fiqr", Date = date, Total = total, CreatedAt = DateTime.UtcNow };
        response.Observations.Add(new ObservationRow { Date = date, Code = "fiqr.total", Value = total });
        db.InstrumentResponses.Add(response);
    }

    public static void AddAcr(this FibroTrackDbContext db, DateOnly date, double wpi, double sss)
    {
        var response = new InstrumentResponseRow { InstrumentId = "acr2016", Date = date, Total = wpi + sss, CreatedAt = DateTime.UtcNow };
        response.Observations.Add(new ObservationRow { Date = date, Code = "acr2016.wpi", Value = wpi });
        response.Observations.Add(new ObservationRow { Date = date, Code = "acr2016.sss", Value = sss });
        db.InstrumentResponses.Add(response);
    }

    public static void AddCrp(this FibroTrackDbContext db, DateOnly date, double mgPerL, string? notes = null) =>
        db.LabResults.Add(new LabResultRow
        {
            AnalyteCode = "1988-5", Value = mgPerL, Unit = "mg/L", CanonicalValue = mgPerL, CanonicalUnit = "mg/L",
            SpecimenDate = date, Notes = notes, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });

    public static void SetProfile(this FibroTrackDbContext db, DateOnly? birthDate, string? onsetTrigger, DateOnly? onsetDate = null, string? onsetNotes = null) =>
        db.PersonProfiles.Add(new PersonProfile
        {
            Sex = "female", BirthDate = birthDate, OnsetTrigger = onsetTrigger, SymptomOnsetDate = onsetDate, OnsetNotes = onsetNotes, UpdatedAt = DateTime.UtcNow,
        });
}
