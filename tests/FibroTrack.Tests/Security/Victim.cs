using System.Net;
using System.Net.Http.Json;
using System.Text;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Import;
using FibroTrack.Tests.Infrastructure;
using FibroTrack.Tests.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Security;

/// <summary>
/// Person B of the authorization walk: one record of every kind, each carrying a marker no other response could contain
/// by chance, the ids and dates the walk puts into paths, and B's sharing: an active grant (clinician C1, who has read
/// B's data once), an expired one (C2), a revoked one (C3), a pending email invitation, and an opt-in to research.
/// </summary>
internal sealed class Victim
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SharingFactory _factory;

    private Victim(SharingFactory factory, HttpClient client, string email, string userId, string tag)
    {
        _factory = factory;
        Client = client;
        Email = email;
        UserId = userId;
        InviteMarker = $"walkinvite{tag}@example.test";
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

    /// <summary>The address of B's pending email invitation: no clinician account has it, so only B's grant list shows it.</summary>
    public string InviteMarker { get; }

    /// <summary>B's active grant, accepted by <see cref="ActiveClinician"/>.</summary>
    public long ActiveGrantId { get; private set; }

    /// <summary>The one-time code of the active grant, used once already: nobody may accept it again.</summary>
    public string UsedCode { get; private set; } = string.Empty;

    /// <summary>B's grant to <see cref="ExpiredClinicianEmail"/>, accepted, then past its last day.</summary>
    public long ExpiredGrantId { get; private set; }

    /// <summary>B's grant to <see cref="RevokedClinicianEmail"/>, accepted, then revoked by B.</summary>
    public long RevokedGrantId { get; private set; }

    /// <summary>B's email invitation to <see cref="InviteMarker"/>, not accepted.</summary>
    public long InviteId { get; private set; }

    /// <summary>C1, signed in: the clinician B shares with now. Not a walk actor; the positive control reads as them.</summary>
    public HttpClient ActiveClinician { get; private set; } = null!;

    /// <summary>C1's address: it shows in B's grant list and access log only, so it is a marker too.</summary>
    public string ActiveClinicianEmail { get; private set; } = string.Empty;

    public string ExpiredClinicianEmail { get; private set; } = string.Empty;

    public string RevokedClinicianEmail { get; private set; } = string.Empty;

    /// <summary>
    /// Every marker; a response that contains any of them shows B's data. B's own address is one: only B's account,
    /// and the lists of a clinician B shares with, may show it.
    /// </summary>
    public IReadOnlyList<string> Markers =>
        [NoteMarker, VariableMarker, MedicationMarker, LabMarker, LabValueMarker, InfectionMarker, OnsetMarker, ImportMarker, Email, InviteMarker, ActiveClinicianEmail];

    /// <summary>
    /// Signs B up and records a diary day, a regimen item with a dose change, a custom variable, a FIQR response, a lab
    /// result, an infection, a profile, a committed CSV import, B's grants and a research opt-in. Moves the server's
    /// clock a day ahead (so the first grant expires); tokens are taken again afterwards.
    /// </summary>
    public static async Task<Victim> SeedAsync(SharingFactory factory)
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var email = $"victim-{tag}@example.test";
        await EnsureAdministratorAsync(factory);
        var first = await Accounts.SignUpAsync(factory, email);

        // The expired grant first: it must run out by moving the clock, which also ends every token taken before.
        var (c2, c2Email) = await factory.ClinicianAsync();
        var expiredGrantId = await factory.ShareAndAcceptAsync(first, c2, days: 0);
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var victim = new Victim(factory, await factory.SignInAsync(email), email, await factory.IdOfAsync(email), tag)
        {
            ExpiredGrantId = expiredGrantId,
            ExpiredClinicianEmail = c2Email,
        };
        await victim.RecordEverythingAsync();
        await victim.ShareAsync();
        return victim;
    }

    /// <summary>
    /// The first account on a server becomes its administrator. The walk makes that account itself, alone at the
    /// earliest instant of the fake clock (which otherwise stands still, and ties are broken by id), so neither B nor
    /// any actor is ever an administrator.
    /// </summary>
    private static async Task EnsureAdministratorAsync(SharingFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.AnyAsync(Ct))
            {
                return;
            }
        }

        await Accounts.SignUpAsync(factory, $"walk-admin-{Guid.NewGuid():N}@example.test");
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
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
            "/api/v1/sharing/grants",
            "/api/v1/sharing/audit",
            "/api/v1/research/consent",
        })
        {
            using var response = await Client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"B could not read {path}: {(int)response.StatusCode}");
            text.Append(path).Append('\n').Append(await response.Content.ReadAsStringAsync(Ct)).Append('\n');
        }

        // B's roles have no API of B's own; an administrator's endpoint changing them would show here.
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        text.Append("roles\n").AppendJoin(',', (await users.GetRolesAsync((await users.FindByIdAsync(UserId))!)).Order(StringComparer.Ordinal)).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// B's sharing besides the expired grant: C1 accepts a code and reads B's weekly summary once (an access log
    /// entry), C3 accepts one that B then revokes, an email invitation waits, and B opts in to research.
    /// </summary>
    private async Task ShareAsync()
    {
        (ActiveClinician, ActiveClinicianEmail) = await _factory.ClinicianAsync();
        (ActiveGrantId, UsedCode) = await _factory.ShareByCodeAsync(Client);
        using (var accepted = await ActiveClinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code = UsedCode }))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using (var weekly = await ActiveClinician.GetAsync($"/api/v1/clinician/people/{UserId}/weekly?end={Date}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, weekly.StatusCode);
        }

        var (c3, c3Email) = await _factory.ClinicianAsync();
        RevokedClinicianEmail = c3Email;
        RevokedGrantId = await _factory.ShareAndAcceptAsync(Client, c3);
        using (var revoked = await Client.PostAsync($"/api/v1/sharing/grants/{RevokedGrantId}/revoke", null, Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        InviteId = (await Client.CreateAsync("/api/v1/sharing/grants", new { email = InviteMarker, scope = "readAll", expiresOn = _factory.InDays(30) }))
            .GetProperty("grant").GetProperty("id").GetInt64();

        using (var consent = await Client.PutAsJsonAsync("/api/v1/research/consent", new { consented = true }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        }

        // The actors' names promise these states; the walk would prove less if one of them were otherwise.
        var statuses = (await Client.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray()
            .ToDictionary(g => g.GetProperty("id").GetInt64(), g => g.GetProperty("status").GetString());
        Assert.Equal("active", statuses[ActiveGrantId]);
        Assert.Equal("expired", statuses[ExpiredGrantId]);
        Assert.Equal("revoked", statuses[RevokedGrantId]);
        Assert.Equal("pending", statuses[InviteId]);
    }
}
