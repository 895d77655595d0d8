using FibroTrack.Core.Clinical;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Infections;
using FibroTrack.Features.Instruments;
using FibroTrack.Features.Labs;
using FibroTrack.Features.Profile;
using FibroTrack.Features.Regimen;

namespace FibroTrack.Features.Demo;

/// <summary>Writes a generated <see cref="DemoDataSet"/> into one person's account through the normal services, so every value is validated.</summary>
public static class DemoSeeder
{
    /// <param name="scope">Services of one scope; its <see cref="OwnerScope"/> is set to <paramref name="ownerId"/>.</param>
    /// <returns>Validation errors; empty when everything was stored.</returns>
    public static async Task<IReadOnlyList<ValidationError>> SeedAsync(
        IServiceProvider scope, string ownerId, DemoDataSet data, CancellationToken ct)
    {
        scope.GetRequiredService<OwnerScope>().ActAs(ownerId);
        var regimen = scope.GetRequiredService<RegimenService>();
        foreach (var item in data.Regimen)
        {
            var created = await regimen.CreateAsync(item.ToInput(), ct);
            if (!created.IsValid)
            {
                return created.Errors;
            }

            foreach (var change in item.DoseChanges())
            {
                if (await regimen.ChangeDoseAsync(created.Value!.Id, change, ct) is { IsValid: false } refused)
                {
                    return refused.Errors;
                }
            }
        }

        var errors = await scope.GetRequiredService<DiaryService>().SaveAllAsync(data.Days, ct);
        if (errors.Count > 0)
        {
            return errors;
        }

        var infections = scope.GetRequiredService<InfectionService>();
        foreach (var episode in data.Truth.Infections)
        {
            var created = await infections.CreateAsync(new InfectionInput(episode.Label, episode.Start, episode.End, ConfirmedByTest: episode.Label == "covid-19", null), ct);
            if (!created.IsValid)
            {
                return created.Errors;
            }
        }

        var instruments = scope.GetRequiredService<InstrumentService>();
        foreach (var (id, every) in new[] { (Fiqr.Id, 7), (Peg.Id, 7), (Phq9.Id, 28), (Gad7.Id, 28), (Acr2016.Id, 91) })
        {
            await instruments.SetScheduleAsync(InstrumentCatalog.Find(id)!, every, ct);
        }

        foreach (var response in DemoInstruments.Generate(data))
        {
            var saved = await instruments.SaveAsync(InstrumentCatalog.Find(response.InstrumentId)!, response.Date, response.Answers, ct);
            if (!saved.IsValid)
            {
                return saved.Errors;
            }
        }

        var labs = scope.GetRequiredService<LabService>();
        foreach (var lab in DemoLabs.Generate(data).Where(l => l.SpecimenDate <= data.Truth.LastDay))
        {
            var saved = await labs.CreateAsync(lab, ct);
            if (!saved.IsValid)
            {
                return saved.Errors;
            }
        }

        // A plausible history for the demo person: symptoms began some years ago after glandular fever.
        var profile = await scope.GetRequiredService<ProfileService>().SaveAsync(
            new ProfileInput("female", new DateOnly(1979, 6, 14), data.Truth.FirstDay.AddYears(-6), "ebv", "Exhausted for months after glandular fever; widespread pain followed."),
            ct);
        return profile.Errors;
    }
}
