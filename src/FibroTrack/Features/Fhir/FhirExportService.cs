using FibroTrack.Core.Clinical;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Regimen;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Infections;
using FibroTrack.Features.Instruments;
using FibroTrack.Features.Labs;
using FibroTrack.Features.Profile;
using FibroTrack.Features.Regimen;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Fhir;
using Hl7.Fhir.Model;

namespace FibroTrack.Features.Fhir;

/// <summary>
/// Reads the signed-in (or acted-as) person's records through the feature services, so the owner filter
/// applies as everywhere, and hands them to the pure <see cref="FhirBundleExporter"/>.
/// </summary>
public sealed class FhirExportService(
    DiaryService diary,
    VocabularyService vocabularies,
    LabService labs,
    InstrumentService instruments,
    RegimenService regimen,
    InfectionService infections,
    ProfileService profiles,
    TimeProvider clock)
{
    public async Task<Bundle> ExportAsync(FhirBundleKind kind, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var options = new FhirExportOptions(kind, from, to, clock.GetUtcNow());
        return FhirBundleExporter.Export(await SourceAsync(options, ct), options);
    }

    /// <summary>The code system with the person's own codes (custom variables, regimen items).</summary>
    public async Task<CodeSystem> CodeSystemAsync(CancellationToken ct = default)
    {
        var vocabulary = (await vocabularies.GetAsync(ct)).Variables;
        return FibroTrackCodeSystem.Build(vocabulary.Variables.Where(v => v.IsPersonal).Select(v => (v.Code, v.Label)));
    }

    private async Task<FhirExportSource> SourceAsync(FhirExportOptions options, CancellationToken ct)
    {
        var profile = await profiles.GetAsync(ct);
        var person = await labs.PersonAsync(ct);
        var days = await diary.ListAsync(options.From ?? DateOnly.MinValue, options.To ?? DateOnly.MaxValue, ct);
        var responses = new List<FhirInstrumentResponse>();
        foreach (var instrument in InstrumentCatalog.All)
        {
            responses.AddRange((await instruments.ListAsync(instrument, ct))
                .Select(r => new FhirInstrumentResponse(r.Instrument, r.Date, r.Answers, r.Score)));
        }

        return new FhirExportSource
        {
            Person = new FhirPerson(person.Sex, profile.BirthDate, profile.SymptomOnsetDate),
            Vocabulary = (await vocabularies.GetAsync(ct)).Variables,
            Days = [.. days.Select(d => d.Day)],
            Labs = [.. (await labs.ListAsync(ct)).Select(l => new FhirLab(l.Result, l.Interpretation))],
            Responses = responses,
            Regimen = [.. (await regimen.ListAsync(ct)).Select(r => new FhirRegimenItem(
                r.Code, r.Name, r.Kind, r.RxNorm, r.StartDate, r.StopDate, r.Notes,
                [.. r.Doses.Select(d => new DoseSpec(d.EffectiveFrom, d.Dose, d.Unit, d.Schedule))]))],
            Infections = [.. (await infections.ListAsync(ct)).Select(i => new InfectionSpec(i.Type, i.StartDate, i.EndDate, i.ConfirmedByTest, i.Notes))],
        };
    }
}
