using System.Net;
using System.Net.Http.Json;
using System.Text;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Import;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Security;

/// <summary>
/// Person B of the authorization walk: one record of every kind, each carrying a marker no other response could contain
/// by chance, and the ids and dates the walk puts into paths.
/// </summary>
internal sealed class Victim
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Victim(HttpClient client, string email, string userId, string tag)
    {
        Client = client;
        Email = email;
        UserId = userId;
        NoteMarker = $"walknote{tag}";
        VariableMarker = $"walkvar{tag}";
        MedicationMarker = $"walkmed{tag}";
        LabMarker = $"walklab{tag}";
        InfectionMarker = $"walkinf{tag}";
        OnsetMarker = $"walkonset{tag}";
        ImportMarker = $"walkimp{tag}";
    }

    public HttpClient Client { get; }

    public string Email { get; }

    public string UserId { get; }

    public string Date { get; } = ApiCalls.Date(3);

    public string LabDate { get; } = ApiCalls.Date(5);

    public long RegimenId { get; private set; }

    public long InfectionId { get; private set; }

    public long LabId { get; private set; }

    public long ResponseId { get; private set; }

    public string VariableCode { get; private set; } = string.Empty;

    public string NoteMarker { get; }

    public string VariableMarker { get; }

    public string MedicationMarker { get; }

    public string LabMarker { get; }

    /// <summary>A lab value nothing else in the app produces (CRP 47.31 mg/L).</summary>
    public string LabValueMarker { get; } = "47.31";

    public string InfectionMarker { get; }

    public string OnsetMarker { get; }

    public string ImportMarker { get; }

    /// <summary>Every marker; a response that contains any of them shows B's data.</summary>
    public IReadOnlyList<string> Markers =>
        [NoteMarker, VariableMarker, MedicationMarker, LabMarker, LabValueMarker, InfectionMarker, OnsetMarker, ImportMarker];

    /// <summary>Signs B up and records a diary day, a regimen item with a dose change, a custom variable, a FIQR response, a lab result, an infection, a profile and a committed CSV import.</summary>
    public static async Task<Victim> SeedAsync(FibroTrackFactory factory)
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var email = $"victim-{tag}@example.test";
        var client = await Accounts.SignUpAsync(factory, email);
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
        }

        var victim = new Victim(client, email, userId, tag);
        await victim.RecordEverythingAsync();
        return victim;
    }

    private async Task RecordEverythingAsync()
    {
        var variable = await Client.AddScaleAsync(VariableMarker);
        VariableCode = variable.GetProperty("code").GetString()!;

        var regimen = await Client.CreateAsync("/api/v1/regimen", new { name = MedicationMarker, dose = 25, unit = "mg", startDate = ApiCalls.Date(60), notes = MedicationMarker });
        RegimenId = regimen.GetProperty("id").GetInt64();
        var medicationCode = regimen.GetProperty("code").GetString()!;
        using (var dose = await Client.PostJsonAsync($"/api/v1/regimen/{RegimenId}/doses", new { effectiveFrom = ApiCalls.Date(20), dose = 50 }))
        {
            Assert.True(dose.IsSuccessStatusCode, $"dose change: {(int)dose.StatusCode}");
        }

        using (var day = await Client.PutDayAsync(Date, new
        {
            values = new Dictionary<string, object> { ["symptom.pain"] = 7, [VariableCode] = 6, [medicationCode] = true },
            notes = NoteMarker,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, day.StatusCode);
        }

        ResponseId = (await Client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date, answers = InstrumentForms.Fiqr() })).GetProperty("id").GetInt64();
        using (var schedule = await Client.PutAsJsonAsync("/api/v1/instruments/fiqr/schedule", new { everyDays = 14 }, Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, schedule.StatusCode);
        }

        LabId = (await Client.CreateAsync("/api/v1/labs", new { analyte = "1988-5", value = 47.31, unit = "mg/L", specimenDate = LabDate, notes = LabMarker })).GetProperty("id").GetInt64();
        InfectionId = (await Client.CreateAsync("/api/v1/infections", new { type = "ebv", startDate = ApiCalls.Date(40), endDate = ApiCalls.Date(30), notes = InfectionMarker })).GetProperty("id").GetInt64();
        using (var profile = await Client.PutAsJsonAsync("/api/v1/profile", new { sex = "female", birthDate = "1980-02-03", onsetNotes = OnsetMarker }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        }

        var csv = $"date,variable,value\n{ApiCalls.Date(8)},{ImportMarker},4\n{ApiCalls.Date(7)},{ImportMarker},5\n";
        using (var import = await Client.PostCsvAsync("commit", csv, null))
        {
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        }
    }

    /// <summary>
    /// Everything B has, as B reads it: the observation stream (diary, questionnaires, labs), and the regimen, own
    /// variables (archived too), profile, infections, labs, questionnaire schedule and responses, and the account itself.
    /// Equal before and after the walk means no request of anybody else changed B's data.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        var text = new StringBuilder();
        foreach (var path in new[]
        {
            "/api/v1/export/observations.csv",
            $"/api/v1/days?from={ApiCalls.Date(90)}&to={ApiCalls.Date(0)}",
            "/api/v1/regimen",
            "/api/v1/custom-variables?includeArchived=true",
            "/api/v1/profile",
            "/api/v1/infections",
            "/api/v1/labs",
            "/api/v1/instruments/status",
            "/api/v1/instruments/fiqr/responses",
            "/api/v1/auth/manage/info",
        })
        {
            using var response = await Client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"B could not read {path}: {(int)response.StatusCode}");
            text.Append(path).Append('\n').Append(await response.Content.ReadAsStringAsync(Ct)).Append('\n');
        }

        return text.ToString();
    }
}
