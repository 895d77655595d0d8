using Hl7.Fhir.Model;

namespace FibroTrack.Fhir;

/// <summary>Errors on the FHIR endpoints, as FHIR clients expect them: <c>OperationOutcome</c>.</summary>
public static class FhirOutcomes
{
    /// <summary>One error issue per bad parameter, each naming it in <c>expression</c>.</summary>
    public static OperationOutcome Invalid(IEnumerable<(string Parameter, string Message)> issues) => new()
    {
        Issue = [.. issues.Select(i => new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = OperationOutcome.IssueType.Invalid,
            Diagnostics = i.Message,
            Expression = [i.Parameter],
        })],
    };

    /// <summary>A file that could not be read (<see cref="FhirFormatException"/>), with its location.</summary>
    public static OperationOutcome Unreadable(FhirFormatException e) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Structure,
                Diagnostics = e.Message,
                Location = e.Location is null ? [] : [e.Location],
            },
        ],
    };
}
