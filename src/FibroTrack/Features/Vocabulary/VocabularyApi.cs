using FibroTrack.Core.Custom;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Vocabulary;

/// <summary><c>/api/v1/vocabulary</c>: every code the signed-in person can record.</summary>
public static class VocabularyApi
{
    public sealed record VariableDto(
        string Code, string Label, string Kind, string Type, string Section,
        double? Min, double? Max, string? Unit, IReadOnlyList<CategoryOption> Options,
        string? Loinc, string? Snomed, string? Help, bool Personal, bool Archived = false);

    public sealed record CodeLabelDto(string Code, string Label);

    public sealed record BodyAreaDto(string Code, string Label, int Region, bool CountsForGeneralizedPain);

    public sealed record VocabularyResponse(
        IReadOnlyList<VariableDto> Variables,
        IReadOnlyList<BodyAreaDto> BodyAreas,
        IReadOnlyList<CodeLabelDto> ActivityTypes,
        IReadOnlyList<string> Intensities);

    public static RouteGroupBuilder MapVocabularyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/vocabulary", async (VocabularyService vocabularies, CancellationToken ct) =>
            {
                var vocabulary = await vocabularies.GetAsync(ct);
                return TypedResults.Ok(new VocabularyResponse(
                    [.. vocabulary.Variables.Variables
                        .Where(v => !BodyAreas.IsArea(v.Code) && ActivityTypes.Find(v.Code) is null)
                        .Select(v => ToDto(v) with { Archived = vocabulary.Custom.Any(c => c.Code == v.Code && c.Archived) })],
                    [.. BodyAreas.All.Select(a => new BodyAreaDto(a.Code, a.Label, (int)a.Region, a.CountsForGeneralizedPain))],
                    [.. ActivityTypes.All.Select(t => new CodeLabelDto(t.Code, t.Label))],
                    [.. Enum.GetValues<Intensity>().Select(i => i.ToCode())]));
            })
            .WithTags("Vocabulary").WithName("GetVocabulary")
            .WithSummary("Every variable code the signed-in person can record, with type, range, unit and standard codes. Archived custom variables are listed (past days may hold them) and flagged.");
        return api;
    }

    public static VariableDto ToDto(VariableDefinition v) => new(
        v.Code, v.Label, CustomVariableValidator.KindName(v.Kind), CustomVariableValidator.TypeName(v.Type),
        v.Section.ToString().ToLowerInvariant(), v.Min, v.Max, v.Unit, v.Options, v.Loinc, v.Snomed, v.Help, v.IsPersonal);
}
