using System.Globalization;
using FibroTrack.Core.Clinical;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using CoreObservation = FibroTrack.Core.Diary.Observation;
using FhirObservation = Hl7.Fhir.Model.Observation;

namespace FibroTrack.Fhir;

/// <summary>
/// Maps parsed FHIR resources to a <see cref="FhirImportPlan"/>. Pure: no I/O, no EF, no DI; the importer
/// that stores the plan lives elsewhere. What is recognised is listed in docs/fhir.md.
/// </summary>
public static class FhirImportMapper
{
    /// <summary>Plans the import of a Bundle; paths read <c>Bundle.entry[i].resource…</c>.</summary>
    /// <param name="codeMap">Codes FibroTrack does not know, mapped by the person: <c>system|code</c> → a vocabulary code, or <c>skip</c>.</param>
    public static FhirImportPlan Map(Bundle bundle, VariableVocabulary? vocabulary = null, IReadOnlyDictionary<string, string>? codeMap = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var state = new State(vocabulary ?? VariableVocabulary.BuiltIn, codeMap);
        state.AddBundle(bundle, "Bundle");
        return state.ToPlan();
    }

    /// <summary>Plans the import of NDJSON resources; paths read <c>line 3: Observation.code</c>.</summary>
    public static FhirImportPlan Map(IEnumerable<FhirNdjsonResource> resources, VariableVocabulary? vocabulary = null, IReadOnlyDictionary<string, string>? codeMap = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var state = new State(vocabulary ?? VariableVocabulary.BuiltIn, codeMap);
        foreach (var (line, resource) in resources)
        {
            state.Add(resource, string.Create(CultureInfo.InvariantCulture, $"line {line}: {resource.TypeName}"));
        }

        return state.ToPlan();
    }

    /// <summary>The key of a code in a code map: <c>system|code</c>.</summary>
    public static string CodeKey(string? system, string code) => $"{system}|{code}";

    private sealed class State(VariableVocabulary vocabulary, IReadOnlyDictionary<string, string>? codeMap)
    {
        private readonly Dictionary<(string?, string), UnknownValues> _unknownValues = [];
        private readonly List<CoreObservation> _diary = [];
        private readonly Dictionary<(DateOnly, string), int> _ordinals = [];
        private readonly List<FhirImportedLab> _labs = [];
        private readonly List<FhirImportedResponse> _responses = [];
        private readonly List<FhirImportedRegimenItem> _regimen = [];
        private readonly List<FhirImportedInfection> _infections = [];
        private readonly Dictionary<(string?, string), (string? Display, int Count, string Path, int Order)> _unknown = [];
        private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);
        private readonly List<FhirImportProblem> _problems = [];
        private FhirImportedPerson? _person;
        private FhirImportedFibromyalgia? _fibromyalgia;
        private int _derived;

        public void AddBundle(Bundle bundle, string path)
        {
            for (var i = 0; i < bundle.Entry.Count; i++)
            {
                var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}.entry[{i}].resource");
                if (bundle.Entry[i].Resource is { } resource)
                {
                    Add(resource, entryPath);
                }
                else if (!IsDelete(bundle.Entry[i]))
                {
                    Problem(entryPath, "The entry holds no resource FibroTrack can read (a missing or unknown resourceType).");
                }
            }
        }

        /// <summary>
        /// Maps one resource. Firely's recoverable parsing keeps a primitive of the wrong JSON type (a decimal or 1e400 where
        /// an integer belongs, a string where a number does) and throws only when the value is read; such a resource is a
        /// problem at its path, never an exception out of the import.
        /// </summary>
        public void Add(Resource resource, string path)
        {
            try
            {
                AddResource(resource, path);
            }
            catch (CodedValidationException e)
            {
                Problem(path, $"A value has the wrong type for its element and the resource is skipped: {e.Message}");
            }
        }

        private static bool IsDelete(Bundle.EntryComponent entry)
        {
            try
            {
                return entry.Request?.Method is Bundle.HTTPVerb.DELETE;
            }
            catch (CodedValidationException)
            {
                return false;
            }
        }

        private void AddResource(Resource resource, string path)
        {
            switch (resource)
            {
                case Bundle nested:
                    AddBundle(nested, path);
                    break;
                case FhirObservation o:
                    AddObservation(o, path);
                    break;
                case Patient p:
                    AddPatient(p, path);
                    break;
                case Condition c:
                    AddCondition(c, path);
                    break;
                case MedicationStatement m:
                    AddMedication(m, path);
                    break;
                case QuestionnaireResponse qr:
                    AddResponse(qr, path);
                    break;
                case CodeSystem cs when cs.Url == FhirSystems.FibroTrack:
                    break;
                case DynamicResource unknown:
                    Problem(path, $"'{unknown.TypeName}' is not a FHIR R4 resource type; the resource is skipped.");
                    break;
                default:
                    _ignored[resource.TypeName] = _ignored.GetValueOrDefault(resource.TypeName) + 1;
                    break;
            }
        }

        public FhirImportPlan ToPlan() => new()
        {
            Person = _person,
            Fibromyalgia = _fibromyalgia,
            Days = [.. _diary.GroupBy(o => o.Date).OrderBy(g => g.Key).Select(g => DiaryDay.FromObservations(g.Key, g))],
            Labs = _labs,
            Responses = _responses,
            Regimen = _regimen,
            Infections = _infections,
            UnknownCodes = [.. _unknown.OrderByDescending(u => u.Value.Count).ThenBy(u => u.Value.Order)
                .Select(u => new FhirUnknownCode(u.Key.Item1, u.Key.Item2, u.Value.Display, u.Value.Count, u.Value.Path)
                {
                    Unit = _unknownValues.GetValueOrDefault(u.Key)?.Unit,
                    Min = _unknownValues.GetValueOrDefault(u.Key)?.Min,
                    Max = _unknownValues.GetValueOrDefault(u.Key)?.Max,
                    Values = _unknownValues.GetValueOrDefault(u.Key)?.Kind ?? "none",
                })],
            IgnoredResources = _ignored,
            DerivedScoresSkipped = _derived,
            Problems = _problems,
        };

        private void Unknown(CodeableConcept? concept, string path, DataType? value = null)
        {
            var coding = concept?.Coding.FirstOrDefault(c => !string.IsNullOrEmpty(c.Code));
            (string? System, string Code) key = coding is null ? (null, concept?.Text ?? "(no code)") : (coding.System, coding.Code!);
            _unknown[key] = _unknown.TryGetValue(key, out var seen)
                ? seen with { Count = seen.Count + 1 }
                : (coding?.Display ?? concept?.Text, 1, path, _unknown.Count);
            if (value is not null)
            {
                if (!_unknownValues.TryGetValue(key, out var values))
                {
                    _unknownValues[key] = values = new UnknownValues();
                }

                values.Add(value);
            }
        }

        /// <summary>
        /// A code the person mapped (<c>system|code</c> of any coding): to a vocabulary code, or skipped. <c>false</c> when
        /// no coding is mapped.
        /// </summary>
        private bool Mapped(FhirObservation o, string path)
        {
            if (codeMap is null || codeMap.Count == 0)
            {
                return false;
            }

            foreach (var coding in o.Code?.Coding ?? [])
            {
                if (string.IsNullOrEmpty(coding.Code) || !codeMap.TryGetValue(CodeKey(coding.System, coding.Code), out var target))
                {
                    continue;
                }

                if (target == "skip")
                {
                    _ignored["Observation (mapped to skip)"] = _ignored.GetValueOrDefault("Observation (mapped to skip)") + 1;
                }
                else if (vocabulary.Find(target) is not null)
                {
                    AddDiary(o, target, path);
                }
                else
                {
                    Problem(path + ".code", $"The mapping sends {CodeKey(coding.System, coding.Code)} to '{target}', which is not a variable of yours.");
                }

                return true;
            }

            return false;
        }

        /// <summary>What the values of an unknown code look like, so a mapping to a new variable can choose its type and range.</summary>
        private sealed class UnknownValues
        {
            public string? Unit { get; private set; }

            public double? Min { get; private set; }

            public double? Max { get; private set; }

            /// <summary><c>quantity</c>, <c>integer</c>, <c>boolean</c>, <c>mixed</c> or <c>other</c>.</summary>
            public string? Kind { get; private set; }

            public void Add(DataType value)
            {
                var kind = value switch
                {
                    Quantity => "quantity",
                    Integer => "integer",
                    FhirDecimal => "quantity",
                    FhirBoolean => "boolean",
                    _ => "other",
                };
                Kind = Kind is null || Kind == kind ? kind : "mixed";
                if (value is Quantity q && Unit is null)
                {
                    Unit = string.IsNullOrEmpty(q.Code) ? q.Unit : q.Code;
                }

                if (Number(value) is { } n && double.IsFinite(n))
                {
                    Min = Min is { } lo ? Math.Min(lo, n) : n;
                    Max = Max is { } hi ? Math.Max(hi, n) : n;
                }
            }
        }

        private void Problem(string path, string message) => _problems.Add(new(path, message));

        private static IEnumerable<Coding> Codings(CodeableConcept? concept, string system) =>
            concept?.Coding.Where(c => c.System == system && !string.IsNullOrEmpty(c.Code)) ?? [];

        private static DateOnly? Date(string? fhirDate) =>
            fhirDate is { Length: >= 10 } && DateOnly.TryParseExact(fhirDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

        private static DateOnly? Date(DataType? effective) => effective switch
        {
            FhirDateTime dt => Date(dt.Value),
            Period p => Date(p.Start),
            Instant i => i.Value is { } v ? DateOnly.FromDateTime(v.DateTime) : null,
            Date d => Date(d.Value),
            _ => null,
        };

        private static double? Number(DataType? value) => value switch
        {
            Quantity q => (double?)q.Value,
            Integer i => i.Value,
            FhirDecimal d => (double?)d.Value,
            _ => null,
        };

        private static string? Unit(Quantity q) => string.IsNullOrEmpty(q.Code) ? q.Unit : q.Code;

        // ---- Observations -------------------------------------------------------------------------

        private void AddObservation(FhirObservation o, string path)
        {
            if (o.Status is ObservationStatus.EnteredInError or ObservationStatus.Cancelled)
            {
                _ignored["Observation (entered in error or cancelled)"] = _ignored.GetValueOrDefault("Observation (entered in error or cancelled)") + 1;
                return;
            }

            foreach (var coding in Codings(o.Code, FhirSystems.FibroTrack))
            {
                var code = coding.Code!;
                if (IsScore(code))
                {
                    _derived++;
                    return;
                }

                if (IsDiaryCode(code))
                {
                    AddDiary(o, code, path);
                    return;
                }

                if (Analytes.Find(FibroTrackCodes.LabFromFhir(code)) is { } analyte)
                {
                    AddLab(o, analyte, FibroTrackCodes.LabFromFhir(code), path);
                    return;
                }

                if (code.StartsWith("lab:", StringComparison.Ordinal))
                {
                    // A lab test named freely in FibroTrack: its display is the name the lab API resolves.
                    AddLab(o, Analytes.AdHocNamed(coding.Display ?? o.Code.Text ?? code), coding.Display ?? o.Code.Text ?? code, path);
                    return;
                }
            }

            foreach (var coding in Codings(o.Code, FhirSystems.Loinc))
            {
                if (Analytes.Find(coding.Code) is { } analyte)
                {
                    AddLab(o, analyte, coding.Code!, path);
                    return;
                }

                if (InstrumentCatalog.All.Any(i => i.Loinc == coding.Code))
                {
                    _derived++;
                    return;
                }

                if (vocabulary.Variables.FirstOrDefault(v => v.Loinc == coding.Code) is { } variable)
                {
                    AddDiary(o, variable.Code, path);
                    return;
                }
            }

            if (!Mapped(o, path))
            {
                Unknown(o.Code, path + ".code", o.Value);
            }
        }

        private static bool IsScore(string code) =>
            InstrumentCatalog.All.Any(i => code == FibroTrackCodes.Total(i.Id) || FibroTrackCodes.SubscoreKeys(i.Id).Any(k => code == FibroTrackCodes.Score(i.Id, k)));

        private bool IsDiaryCode(string code) =>
            code is DiaryCodes.Tag or DiaryCodes.Note || BodyAreas.IsArea(code) || ActivityTypes.Find(code) is not null || vocabulary.Find(code) is not null;

        private void AddDiary(FhirObservation o, string code, string path)
        {
            if (Date(o.Effective) is not { } date)
            {
                Problem(path + ".effective", "The observation has no effective date, so it cannot be placed on a diary day.");
                return;
            }

            var (value, text, error) = DiaryValue(o, code);
            if (error is not null)
            {
                Problem(path + ".value", error);
                return;
            }

            var ordinal = 0;
            if (ActivityTypes.Find(code) is not null || code == DiaryCodes.Tag)
            {
                ordinal = _ordinals.GetValueOrDefault((date, code));
                _ordinals[(date, code)] = ordinal + 1;
            }

            _diary.Add(new CoreObservation(date, code, value, text, ordinal));
        }

        private (double? Value, string? Text, string? Error) DiaryValue(FhirObservation o, string code)
        {
            if (o.Value is null)
            {
                return (null, null, "The observation has no value.");
            }

            if (code is DiaryCodes.Tag or DiaryCodes.Note)
            {
                return o.Value is FhirString s ? (null, s.Value, null) : (null, null, "A tag or note needs a valueString.");
            }

            if (BodyAreas.IsArea(code))
            {
                return Boolean(o.Value);
            }

            if (ActivityTypes.Find(code) is not null)
            {
                var minutes = Minutes(o.Value, "min");
                var intensity = o.Component.FirstOrDefault(c => Codings(c.Code, FhirSystems.FibroTrack).Any(x => x.Code == FibroTrackCodes.ActivityIntensity));
                var level = Codings(intensity?.Value as CodeableConcept, FhirSystems.FibroTrack)
                    .Select(x => x.Code!).FirstOrDefault(x => x.StartsWith(FibroTrackCodes.IntensityPrefix, StringComparison.Ordinal));
                return minutes is null
                    ? (null, null, "An activity needs its minutes as a valueQuantity.")
                    : (minutes, level?[FibroTrackCodes.IntensityPrefix.Length..] ?? "moderate", null);
            }

            var variable = vocabulary.Find(code)!;
            switch (variable.Type)
            {
                case VariableType.YesNo:
                    return Boolean(o.Value);
                case VariableType.Category:
                    var concept = o.Value as CodeableConcept;
                    var prefix = variable.Code + ".";
                    var option = Codings(concept, FhirSystems.FibroTrack).Select(c => c.Code!)
                                     .Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c[prefix.Length..])
                                     .FirstOrDefault(c => variable.FindOption(c) is not null)
                                 ?? variable.Options.FirstOrDefault(opt => opt.Snomed is not null && Codings(concept, FhirSystems.Snomed).Any(c => c.Code == opt.Snomed))?.Code;
                    return option is null ? (null, null, $"The value is not one of the options of {variable.Code}.") : (null, option, null);
                case VariableType.TimeOfDay:
                    return o.Value is Time t && TimeOnly.TryParse(t.Value, CultureInfo.InvariantCulture, out var time)
                        ? (time.Hour * 60 + time.Minute, null, null)
                        : (null, null, "A clock time needs a valueTime (HH:mm:ss).");
                default:
                    var number = variable.Unit is "h" or "min" ? Minutes(o.Value, variable.Unit) : Number(o.Value);
                    if (o.Value is Quantity q && Unit(q) is { } unit && variable.Unit is not ("h" or "min") && variable.Unit is { } expected
                        && unit != expected && unit != "1")
                    {
                        return (null, null, $"The unit '{unit}' is not {variable.Code}'s unit '{expected}'.");
                    }

                    return number is null ? (null, null, $"{variable.Code} needs a number (valueQuantity or valueInteger).") : (number, null, null);
            }
        }

        /// <summary>A duration in <paramref name="target"/> (<c>h</c> or <c>min</c>), converting between the two.</summary>
        private static double? Minutes(DataType value, string target)
        {
            var number = Number(value);
            if (number is not { } n || value is not Quantity q)
            {
                return number;
            }

            return (Unit(q), target) switch
            {
                ("h", "min") => n * 60,
                ("min", "h") => n / 60,
                _ => n,
            };
        }

        private static (double?, string?, string?) Boolean(DataType value) => value switch
        {
            FhirBoolean { Value: { } b } => (b ? 1 : 0, null, null),
            Integer { Value: 0 or 1 } i => (i.Value, null, null),
            _ => (null, null, "A yes/no value needs a valueBoolean."),
        };

        // ---- Labs ---------------------------------------------------------------------------------

        private void AddLab(FhirObservation o, Analyte analyte, string analyteInput, string path)
        {
            if (Date(o.Effective) is not { } date)
            {
                Problem(path + ".effective", "The lab result has no effective (specimen) date.");
                return;
            }

            double? value = null;
            string? unit = null;
            LabUnit? labUnit = null;
            bool? positive = null;
            string? titer = null;
            string? pattern = null;
            switch (o.Value)
            {
                case Quantity q:
                    value = (double?)q.Value;
                    unit = Unit(q);
                    break;
                case CodeableConcept c:
                    positive = Presence(c);
                    break;
                case Ratio r:
                    titer = Titer(r);
                    break;
                case FhirString s when LabTiter.TryParse(s.Value, out var parsed):
                    titer = parsed.ToString();
                    break;
            }

            foreach (var component in o.Component)
            {
                if (Codings(component.Code, FhirSystems.FibroTrack).Any(c => c.Code == FibroTrackCodes.LabPattern) && component.Value is FhirString p)
                {
                    pattern = p.Value;
                }
                else if (Codings(component.Code, FhirSystems.FibroTrack).Any(c => c.Code == FibroTrackCodes.LabPresence) && component.Value is CodeableConcept c)
                {
                    positive = Presence(c);
                }
                else if (component.Value is Ratio ratio)
                {
                    titer = Titer(ratio);
                }
            }

            positive ??= o.Interpretation.SelectMany(i => Codings(i, FhirSystems.ObservationInterpretation)).Select(c => c.Code) switch
            {
                var codes when codes.Contains("POS") && value is null => true,
                var codes when codes.Contains("NEG") && value is null => false,
                _ => null,
            };

            if (value is not null && analyte.IsCatalogued && analyte.Units.Count > 0)
            {
                labUnit = unit is null ? null : analyte.FindUnit(unit);
                if (labUnit is null)
                {
                    Problem(path + ".valueQuantity", $"The unit '{unit}' is not one FibroTrack converts for {analyte.Name} (accepted: {string.Join(", ", analyte.Units.Select(u => u.Code))}).");
                    return;
                }

                unit = labUnit.Code;
            }

            var range = o.ReferenceRange.FirstOrDefault(r => !Codings(r.Type, FhirSystems.FibroTrack).Any(c => c.Code == FibroTrackCodes.DefaultReferenceRange));
            double? Bound(Quantity? q)
            {
                if (q?.Value is not { } v)
                {
                    return null;
                }

                // A range in another unit of the same analyte is brought to the unit of the value.
                return Unit(q) is { } u && labUnit is not null && analyte.FindUnit(u) is { } rangeUnit && rangeUnit != labUnit
                    ? labUnit.FromCanonical(rangeUnit.ToCanonical((double)v))
                    : (double)v;
            }

            var notes = string.Join("\n", o.Note.Select(n => n.Text).Where(t => !string.IsNullOrEmpty(t)));
            var input = new LabResultInput
            {
                Analyte = analyteInput,
                Value = value,
                Unit = value is null ? null : unit,
                Titer = titer,
                Positive = positive,
                Pattern = pattern,
                RangeLow = Bound(range?.Low),
                RangeHigh = Bound(range?.High),
                SpecimenDate = date,
                Source = o.Performer.Select(p => p.Display).FirstOrDefault(d => !string.IsNullOrEmpty(d)),
                Notes = notes.Length == 0 ? null : notes,
            };
            var canonical = value is { } n ? labUnit?.ToCanonical(n) ?? n : (double?)null;
            _labs.Add(new FhirImportedLab(input, canonical, value is null ? null : analyte.CanonicalUnit ?? unit, path));
        }

        private static bool? Presence(CodeableConcept c)
        {
            var snomed = Codings(c, FhirSystems.Snomed).Select(x => x.Code).ToList();
            var text = c.Text?.Trim().ToLowerInvariant();
            return snomed.Contains(FhirSystems.PositiveSnomed) || text == "positive" ? true
                : snomed.Contains(FhirSystems.NegativeSnomed) || text == "negative" ? false
                : null;
        }

        private static string? Titer(Ratio r) =>
            r.Numerator?.Value == 1 && r.Denominator?.Value is { } d && d == Math.Floor(d) && d >= 1 && d <= LabTiter.MaxDilution
                ? new LabTiter((int)d).ToString()
                : null;

        // ---- Patient, conditions ------------------------------------------------------------------

        private void AddPatient(Patient p, string path)
        {
            if (_person is not null)
            {
                Problem(path, $"A second Patient: FibroTrack imports one person's data; the first ({_person.Path}) is used.");
                return;
            }

            var sex = p.Gender switch
            {
                AdministrativeGender.Female => "female",
                AdministrativeGender.Male => "male",
                _ => "unspecified",
            };
            _person = new FhirImportedPerson(sex, p.BirthDate is { Length: 10 } ? Date(p.BirthDate) : null, path);
        }

        private void AddCondition(Condition c, string path)
        {
            if (Codings(c.Code, FhirSystems.Snomed).Any(x => x.Code == FhirSystems.FibromyalgiaSnomed)
                || Codings(c.Code, FhirSystems.Icd10).Any(x => x.Code is FhirSystems.FibromyalgiaIcd10 or "M797"))
            {
                _fibromyalgia ??= new FhirImportedFibromyalgia(Date(c.Onset), path);
                return;
            }

            var infection = VariableVocabulary.BuiltIn.Find(BuiltInVariables.InfectionType)!;
            var prefix = infection.Code + ".";
            var type = Codings(c.Code, FhirSystems.FibroTrack).Select(x => x.Code!)
                           .Where(x => x.StartsWith(prefix, StringComparison.Ordinal)).Select(x => x[prefix.Length..])
                           .FirstOrDefault(x => infection.FindOption(x) is not null)
                       ?? infection.Options.FirstOrDefault(o => o.Snomed is not null && Codings(c.Code, FhirSystems.Snomed).Any(x => x.Code == o.Snomed))?.Code
                       ?? FhirSystems.InfectionIcd10.FirstOrDefault(p => Codings(c.Code, FhirSystems.Icd10).Any(x => x.Code == p.Value)).Key;
            if (type is null)
            {
                Unknown(c.Code, path + ".code");
                return;
            }

            if (Date(c.Onset) is not { } start)
            {
                Problem(path + ".onset", "The infection has no onset date.");
                return;
            }

            var confirmed = Codings(c.VerificationStatus, FhirSystems.ConditionVerification).Any(x => x.Code == "confirmed");
            var notes = string.Join("\n", c.Note.Select(n => n.Text).Where(t => !string.IsNullOrEmpty(t)));
            _infections.Add(new FhirImportedInfection(new InfectionInput(type, start, Date(c.Abatement), confirmed, notes.Length == 0 ? null : notes), path));
        }

        // ---- Regimen ------------------------------------------------------------------------------

        private void AddMedication(MedicationStatement m, string path)
        {
            if (m.Status is MedicationStatement.MedicationStatusCodes.EnteredInError or MedicationStatement.MedicationStatusCodes.NotTaken)
            {
                _ignored["MedicationStatement (entered in error or not taken)"] = _ignored.GetValueOrDefault("MedicationStatement (entered in error or not taken)") + 1;
                return;
            }

            var concept = m.Medication as CodeableConcept;
            var own = Codings(concept, FhirSystems.FibroTrack).Select(c => c.Code!).FirstOrDefault(c => c.StartsWith("med.", StringComparison.Ordinal));
            var builtIn = own is not null && BuiltInMedications.Find(own[4..]) is { } byKey ? byKey
                : BuiltInMedications.All.FirstOrDefault(b => b.RxNorm is not null && Codings(concept, FhirSystems.RxNorm).Any(c => c.Code == b.RxNorm));
            var name = concept?.Text ?? concept?.Coding.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrEmpty(d))
                       ?? (m.Medication as ResourceReference)?.Display ?? builtIn?.Name;
            if (name is null)
            {
                Problem(path + ".medication", "The medication has no name or code FibroTrack can show.");
                return;
            }

            var (start, stop) = m.Effective switch
            {
                Period p => (Date(p.Start), Date(p.End)),
                FhirDateTime dt => (Date(dt.Value), (DateOnly?)null),
                _ => ((DateOnly?)null, (DateOnly?)null),
            };
            start ??= Date(m.DateAsserted);
            var kind = Codings(m.Category, FhirSystems.FibroTrack).Any(c => c.Code == FibroTrackCodes.RegimenKind(RegimenKind.Supplement))
                ? RegimenKind.Supplement
                : builtIn?.Kind ?? RegimenKind.Medication;

            var doses = m.Dosage.OrderBy(d => d.Sequence ?? int.MaxValue).Select(d =>
            {
                var quantity = d.DoseAndRate.Select(r => r.Dose).OfType<Quantity>().FirstOrDefault();
                var from = Date((d.Timing?.Repeat?.Bounds as Period)?.Start);
                return (From: from, Dose: (double?)quantity?.Value, Unit: quantity is null ? null : Unit(quantity), Schedule: Schedule(d));
            }).ToList();
            var first = doses.FirstOrDefault();
            var notes = string.Join("\n", m.Note.Select(n => n.Text).Where(t => !string.IsNullOrEmpty(t)));
            var item = new RegimenItemInput(
                builtIn?.Key, name, kind.ToString(), first.Dose, first.Unit, first.Schedule, start, stop, notes.Length == 0 ? null : notes);
            _regimen.Add(new FhirImportedRegimenItem(item, [.. doses.Skip(1).Select(d => new DoseChangeInput(d.From, d.Dose, d.Unit, d.Schedule))], path));
        }

        private static string? Schedule(Dosage d)
        {
            var own = Codings(d.Timing?.Code, FhirSystems.FibroTrack).Select(c => c.Code!)
                .FirstOrDefault(c => c.StartsWith(FibroTrackCodes.SchedulePrefix, StringComparison.Ordinal));
            if (own is not null && DoseSchedules.IsKnown(own[FibroTrackCodes.SchedulePrefix.Length..]))
            {
                return own[FibroTrackCodes.SchedulePrefix.Length..];
            }

            if (d.AsNeeded is FhirBoolean { Value: true })
            {
                return "as-needed";
            }

            var repeat = d.Timing?.Repeat;
            return (repeat?.Frequency, repeat?.Period, repeat?.PeriodUnit) switch
            {
                (1, 1, Timing.UnitsOfTime.D) => "once-daily",
                (2, 1, Timing.UnitsOfTime.D) => "twice-daily",
                (3, 1, Timing.UnitsOfTime.D) => "three-times-daily",
                (1, 1, Timing.UnitsOfTime.Wk) => "weekly",
                _ => null,
            };
        }

        // ---- Questionnaires -----------------------------------------------------------------------

        private void AddResponse(QuestionnaireResponse qr, string path)
        {
            var canonical = qr.Questionnaire ?? string.Empty;
            var id = canonical.StartsWith(FhirSystems.QuestionnaireBase, StringComparison.Ordinal) ? canonical[FhirSystems.QuestionnaireBase.Length..].Split('|')[0] : null;
            if (id is null || InstrumentCatalog.Find(id) is not { } instrument)
            {
                var key = ("Questionnaire", string.IsNullOrEmpty(canonical) ? "(no questionnaire)" : canonical);
                _unknown[key] = _unknown.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + 1 } : (null, 1, path + ".questionnaire", _unknown.Count);
                return;
            }

            if (Date(qr.Authored) is not { } date)
            {
                Problem(path + ".authored", "The questionnaire response has no authored date.");
                return;
            }

            var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var item in qr.Item.Where(i => i.LinkId is not null && instrument.FindItem(i.LinkId) is not null))
            {
                answers[item.LinkId!] = item.Answer.Select(a => Number(a.Value)).FirstOrDefault();
            }

            _responses.Add(new FhirImportedResponse(instrument.Id, date, answers, path));
        }
    }
}
