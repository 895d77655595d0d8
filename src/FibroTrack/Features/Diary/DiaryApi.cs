using System.Globalization;
using FibroTrack.Core.Validation;
using FibroTrack.Features.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Diary;

/// <summary><c>/api/v1/days</c>: read and write the signed-in person's diary.</summary>
public static class DiaryApi
{
    public static RouteGroupBuilder MapDiaryApi(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/days").WithTags("Diary");
        days.MapGet("/{date}", GetDay).WithName("GetDay").WithSummary("One day of the diary.");
        days.MapPut("/{date}", PutDay).WithName("PutDay")
            .WithSummary("Create or replace one day of the diary.")
            .WithDescription("Saving the same date again replaces it: one diary entry per person per local date. Nothing is stored when any field is invalid.");
        days.MapGet("/", ListDays).WithName("ListDays").WithSummary("The days recorded in a date range (default: the last 30 days).");
        return api;
    }

    private static async Task<Results<Ok<DayResponse>, NotFound, ValidationProblem>> GetDay(
        string date, DiaryService diary, VocabularyService vocabularies, CancellationToken ct)
    {
        if (!TryParseDate(date, "date", out var day, out var problem))
        {
            return problem;
        }

        var stored = await diary.GetAsync(day, ct);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var vocabulary = await vocabularies.GetAsync(ct);
        return TypedResults.Ok(DayMapping.ToResponse(stored, vocabulary.Variables));
    }

    private static async Task<Results<Ok<DayResponse>, ValidationProblem>> PutDay(
        string date, DayRequest request, DiaryService diary, VocabularyService vocabularies, CancellationToken ct)
    {
        if (!TryParseDate(date, "date", out var day, out var problem))
        {
            return problem;
        }

        var errors = new List<ValidationError>();
        if (request.Date is { } bodyDate && bodyDate != day)
        {
            errors.Add(new("date", $"The body's date {bodyDate:yyyy-MM-dd} differs from the path's {day:yyyy-MM-dd}."));
        }

        var input = DayMapping.ToInput(day, request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(ValidationResult<DayResponse>.ToDictionary(errors));
        }

        var saved = await diary.SaveAsync(input, ct);
        if (!saved.IsValid)
        {
            return TypedResults.ValidationProblem(saved.ErrorsByField());
        }

        var vocabulary = await vocabularies.GetAsync(ct);
        return TypedResults.Ok(DayMapping.ToResponse(saved.Value!, vocabulary.Variables));
    }

    private static async Task<Results<Ok<List<DayResponse>>, ValidationProblem>> ListDays(
        string? from, string? to, DiaryService diary, VocabularyService vocabularies, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var end = today;
        var start = today.AddDays(-29);
        if (to is not null && !TryParseDate(to, "to", out end, out var problem))
        {
            return problem;
        }

        if (from is not null && !TryParseDate(from, "from", out start, out problem))
        {
            return problem;
        }

        if (from is null && to is not null)
        {
            start = end.AddDays(-29);
        }

        if (end < start)
        {
            return Problem("to", "The range ends before it starts.");
        }

        if (end.DayNumber - start.DayNumber + 1 > DiaryService.MaxRangeDays)
        {
            return Problem("from", $"A range can span at most {DiaryService.MaxRangeDays} days.");
        }

        var vocabulary = await vocabularies.GetAsync(ct);
        var days = await diary.ListAsync(start, end, ct);
        return TypedResults.Ok(days.Select(d => DayMapping.ToResponse(d, vocabulary.Variables)).ToList());
    }

    internal static bool TryParseDate(string text, string field, out DateOnly date, out ValidationProblem problem)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problem = null!;
            return true;
        }

        problem = Problem(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return false;
    }

    internal static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
