using Hl7.Fhir.Model;

namespace FibroTrack.Fhir;

/// <summary>Code system URIs and the few fixed codes the FHIR mapping uses (CLINICAL.md, "Codes" and "FHIR R4 mapping").</summary>
public static class FhirSystems
{
    /// <summary>Canonical URL of FibroTrack's own code system; stable, never change it.</summary>
    public const string FibroTrack = "https://fibrotrack.org/fhir/CodeSystem/fibrotrack";

    /// <summary>Prefix of the canonical URL of the instruments' Questionnaires (<c>…/Questionnaire/fiqr</c>).</summary>
    public const string QuestionnaireBase = "https://fibrotrack.org/fhir/Questionnaire/";

    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string MedicationStatementCategory = "http://terminology.hl7.org/CodeSystem/medication-statement-category";
    public const string ReferenceRangeMeaning = "http://terminology.hl7.org/CodeSystem/referencerange-meaning";

    /// <summary>Fibromyalgia: SNOMED CT 203082005, ICD-10 M79.7 (CLINICAL.md, "Codes").</summary>
    public const string FibromyalgiaSnomed = "203082005";
    public const string FibromyalgiaIcd10 = "M79.7";

    /// <summary>SNOMED CT qualifiers for a result reported as positive or negative.</summary>
    public const string PositiveSnomed = "10828004";
    public const string NegativeSnomed = "260385009";

    /// <summary>
    /// ICD-10 codes of infection types, only those CLINICAL.md gives without "(verify)": EBV mononucleosis
    /// B27.0 and COVID-19 U07.1. Lyme disease A69.2 is marked "(verify)" and is left out.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> InfectionIcd10 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ebv"] = "B27.0",
        ["covid-19"] = "U07.1",
    };

    public static Coding Coding(string system, string code, string? display = null) => new(system, code, display);

    public static CodeableConcept Concept(string system, string code, string? display = null) => new(system, code, display);
}
