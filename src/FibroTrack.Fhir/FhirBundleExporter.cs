using System.Globalization;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using Hl7.Fhir.Model;
using CoreObservation = FibroTrack.Core.Diary.Observation;
using FhirObservation = Hl7.Fhir.Model.Observation;

namespace FibroTrack.Fhir;

/// <summary>How one export is made.</summary>
/// <param name="Kind">Collection or transaction.</param>
/// <param name="From">First date included (diary days, labs, responses; regimen items and infections overlapping the range); <c>null</c>: no lower limit.</param>
/// <param name="To">Last date included; <c>null</c>: no upper limit.</param>
/// <param name="Timestamp">The bundle's timestamp.</param>
public sealed record FhirExportOptions(FhirBundleKind Kind, DateOnly? From, DateOnly? To, DateTimeOffset Timestamp)
{
    /// <summary>Makes the entries' <c>urn:uuid</c> ids; tests pass a deterministic one.</summary>
    public Func<Guid> NewId { get; init; } = Guid.NewGuid;

    public bool Includes(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public bool Overlaps(DateOnly start, DateOnly? end) => (To is null || start <= To) && (From is null || end is null || end >= From);
}

/// <summary>
/// Builds a FHIR R4 <see cref="Bundle"/> from a person's records. Pure: no I/O, no clock. The choices
/// (codes, value types) are described in docs/fhir.md.
/// </summary>
public static class FhirBundleExporter
{
    public static Bundle Export(FhirExportSource source, FhirExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var bundle = new Bundle
        {
            Type = options.Kind == FhirBundleKind.Transaction ? Bundle.BundleType.Transaction : Bundle.BundleType.Collection,
            Timestamp = options.Timestamp,
        };

        var labs = source.Labs.Where(l => options.Includes(l.Result.SpecimenDate)).ToList();
        var personal = source.Vocabulary.Variables.Where(v => v.IsPersonal).Select(v => (v.Code, v.Label))
            .Concat(labs.Select(l => l.Result.Analyte)
                .Where(a => a.Code.System == AnalyteCodeSystem.FibroTrack && !a.IsCatalogued)
                .Select(a => (FibroTrackCodes.LabToFhir(a.Code.Value), a.Name)));
        var codeSystem = FibroTrackCodeSystem.Build(personal);
        Add(bundle, options, codeSystem, put: $"CodeSystem/{FibroTrackCodeSystem.Id}");

        var patient = Add(bundle, options, Patient(source.Person));
        var subject = new ResourceReference(patient);
        Add(bundle, options, Fibromyalgia(source.Person, subject));

        foreach (var day in source.Days.Where(d => options.Includes(d.Date)).OrderBy(d => d.Date))
        {
            foreach (var o in day.ToObservations())
            {
                Add(bundle, options, DiaryObservation(o, source.Vocabulary, subject));
            }
        }

        foreach (var lab in labs.OrderBy(l => l.Result.SpecimenDate))
        {
            Add(bundle, options, LabObservation(lab, subject));
        }

        foreach (var response in source.Responses.Where(r => options.Includes(r.Date)).OrderBy(r => r.Date))
        {
            var qr = Add(bundle, options, QuestionnaireResponse(response, subject));
            if (response.Score.Total is not null)
            {
                Add(bundle, options, ScoreObservation(response, subject, new ResourceReference(qr)));
            }
        }

        foreach (var item in source.Regimen.Where(r => options.Overlaps(r.StartDate, r.StopDate)))
        {
            Add(bundle, options, MedicationStatement(item, subject));
        }

        foreach (var infection in source.Infections.Where(i => options.Overlaps(i.StartDate, i.EndDate)).OrderBy(i => i.StartDate))
        {
            Add(bundle, options, Infection(infection, subject));
        }

        return bundle;
    }

    /// <summary>Adds an entry and returns its fullUrl (<c>urn:uuid:…</c>), which other entries reference.</summary>
    private static string Add(Bundle bundle, FhirExportOptions options, Resource resource, string? put = null)
    {
        var fullUrl = "urn:uuid:" + options.NewId().ToString("D");
        var entry = new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource };
        if (options.Kind == FhirBundleKind.Transaction)
        {
            entry.Request = put is null
                ? new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = resource.TypeName }
                : new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = put };
        }

        bundle.Entry.Add(entry);
        return fullUrl;
    }

    public static string FhirDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Patient Patient(FhirPerson person) => new()
    {
        Gender = person.Sex switch
        {
            Sex.Female => AdministrativeGender.Female,
            Sex.Male => AdministrativeGender.Male,
            _ => null,
        },
        BirthDate = person.BirthDate is { } birth ? FhirDate(birth) : null,
    };

    private static Condition Fibromyalgia(FhirPerson person, ResourceReference subject) => new()
    {
        ClinicalStatus = FhirSystems.Concept(FhirSystems.ConditionClinical, "active"),
        Category = [FhirSystems.Concept(FhirSystems.ConditionCategory, "problem-list-item", "Problem List Item")],
        Code = new CodeableConcept
        {
            Coding =
            [
                FhirSystems.Coding(FhirSystems.Snomed, FhirSystems.FibromyalgiaSnomed, "Fibromyalgia"),
                FhirSystems.Coding(FhirSystems.Icd10, FhirSystems.FibromyalgiaIcd10, "Fibromyalgia"),
            ],
            Text = "Fibromyalgia",
        },
        Subject = subject,
        Onset = person.SymptomOnsetDate is { } onset ? new FhirDateTime(FhirDate(onset)) : null,
        Asserter = subject,
    };

    private static CodeableConcept Category(string code, string display) =>
        FhirSystems.Concept(FhirSystems.ObservationCategory, code, display);

    private static Quantity Ucum(double value, string unit) => new()
    {
        Value = (decimal)value,
        Unit = unit,
        System = FhirSystems.Ucum,
        Code = unit,
    };

    private static FhirObservation NewObservation(DateOnly date, CodeableConcept category, CodeableConcept code, ResourceReference subject) => new()
    {
        Status = ObservationStatus.Final,
        Category = [category],
        Code = code,
        Subject = subject,
        Effective = new FhirDateTime(FhirDate(date)),
    };

    private static FhirObservation DiaryObservation(CoreObservation o, VariableVocabulary vocabulary, ResourceReference subject)
    {
        var survey = Category("survey", "Survey");
        if (BodyAreas.Find(o.Code) is { } area)
        {
            var obs = NewObservation(o.Date, survey, Own(o.Code, area.Label), subject);
            obs.Value = new FhirBoolean(o.Value == 1);
            return obs;
        }

        if (ActivityTypes.Find(o.Code) is { } activity)
        {
            var obs = NewObservation(o.Date, survey, Own(o.Code, activity.Label), subject);
            obs.Value = Ucum(o.Value ?? 0, "min");
            if (IntensityExtensions.TryParse(o.Text, out var intensity))
            {
                obs.Component.Add(new FhirObservation.ComponentComponent
                {
                    Code = Own(FibroTrackCodes.ActivityIntensity, "Intensity"),
                    Value = Own(FibroTrackCodes.Intensity(intensity), o.Text!),
                });
            }

            return obs;
        }

        if (o.Code is DiaryCodes.Tag or DiaryCodes.Note)
        {
            var obs = NewObservation(o.Date, survey, Own(o.Code, o.Code == DiaryCodes.Tag ? "Tag" : "Notes"), subject);
            obs.Value = new FhirString(o.Text ?? string.Empty);
            return obs;
        }

        var variable = vocabulary.Find(o.Code);
        var code = Own(o.Code, variable?.Label ?? o.Code);
        if (variable?.Loinc is { } loinc)
        {
            code.Coding.Insert(0, FhirSystems.Coding(FhirSystems.Loinc, loinc));
        }

        var result = NewObservation(o.Date, survey, code, subject);
        result.Value = variable?.Type switch
        {
            VariableType.YesNo => new FhirBoolean(o.Value == 1),
            VariableType.Count => new Integer((int)(o.Value ?? 0)),
            VariableType.Category => OptionConcept(variable, o.Text ?? string.Empty),
            VariableType.TimeOfDay => new Time(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(o.Value ?? 0)).ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
            VariableType.Scale or VariableType.Minutes or VariableType.Quantity when o.Value is { } n => Ucum(n, variable.Unit ?? "1"),
            _ when o.Value is { } n => new Quantity { Value = (decimal)n },
            _ => new FhirString(o.Text ?? string.Empty),
        };
        return result;
    }

    private static CodeableConcept Own(string code, string display) => new(FhirSystems.FibroTrack, code, display, display);

    private static CodeableConcept OptionConcept(VariableDefinition variable, string option)
    {
        var found = variable.FindOption(option);
        var concept = new CodeableConcept(FhirSystems.FibroTrack, FibroTrackCodes.Option(variable.Code, option), found?.Label, found?.Label ?? option);
        if (found?.Snomed is { } snomed)
        {
            concept.Coding.Add(FhirSystems.Coding(FhirSystems.Snomed, snomed));
        }

        return concept;
    }

    private static CodeableConcept AnalyteConcept(Analyte analyte, AnalyteCode code) =>
        code.System == AnalyteCodeSystem.Loinc
            ? new CodeableConcept(FhirSystems.Loinc, code.Value, code.Display, analyte.Name)
            : new CodeableConcept(FhirSystems.FibroTrack, FibroTrackCodes.LabToFhir(code.Value), analyte.Name, analyte.Name);

    private static FhirObservation LabObservation(FhirLab lab, ResourceReference subject)
    {
        var r = lab.Result;
        var obs = NewObservation(r.SpecimenDate, Category("laboratory", "Laboratory"), AnalyteConcept(r.Analyte, r.Analyte.Code), subject);
        if (r.Value is { } value)
        {
            obs.Value = Ucum(value, r.Unit ?? "1");
            if (r.Positive is { } p)
            {
                obs.Component.Add(new FhirObservation.ComponentComponent { Code = Own(FibroTrackCodes.LabPresence, "Positive or negative"), Value = Presence(p) });
            }
        }
        else if (r.Positive is { } p)
        {
            obs.Value = Presence(p);
        }

        if (r.Titer is { } titer)
        {
            obs.Component.Add(new FhirObservation.ComponentComponent
            {
                Code = AnalyteConcept(r.Analyte, r.Analyte.TiterCode ?? r.Analyte.Code),
                Value = new Ratio { Numerator = new Quantity { Value = 1 }, Denominator = new Quantity { Value = titer.Dilution } },
            });
        }

        if (r.Pattern is { } pattern)
        {
            obs.Component.Add(new FhirObservation.ComponentComponent { Code = Own(FibroTrackCodes.LabPattern, "Pattern"), Value = new FhirString(pattern) });
        }

        if (ReferenceRange(lab) is { } range)
        {
            obs.ReferenceRange.Add(range);
        }

        if (Interpretation(lab.Interpretation.Flag) is { } interpretation)
        {
            obs.Interpretation.Add(interpretation);
        }

        if (r.Source is { } source)
        {
            obs.Performer.Add(new ResourceReference { Display = source });
        }

        if (r.Notes is { } notes)
        {
            obs.Note.Add(new Annotation { Text = new Markdown(notes) });
        }

        return obs;
    }

    private static CodeableConcept Presence(bool positive) => positive
        ? new CodeableConcept(FhirSystems.Snomed, FhirSystems.PositiveSnomed, "Positive", "positive")
        : new CodeableConcept(FhirSystems.Snomed, FhirSystems.NegativeSnomed, "Negative", "negative");

    /// <summary>
    /// The lab's own range as given (type "normal"), else the default the flag used, converted to the unit of
    /// the value (type <see cref="FibroTrackCodes.DefaultReferenceRange"/>, so an import does not take it for the lab's).
    /// </summary>
    private static FhirObservation.ReferenceRangeComponent? ReferenceRange(FhirLab lab)
    {
        var r = lab.Result;
        if (r.LabRange is { } own)
        {
            return new FhirObservation.ReferenceRangeComponent
            {
                Low = own.Low is { } lo ? Ucum(lo, own.Unit) : null,
                High = own.High is { } hi ? Ucum(hi, own.Unit) : null,
                Type = FhirSystems.Concept(FhirSystems.ReferenceRangeMeaning, "normal", "Normal Range"),
                Text = lab.Interpretation.RangeSource,
            };
        }

        if (lab.Interpretation.Range is not { } range || r.Value is null)
        {
            return null;
        }

        var unit = r.Unit is { } u ? r.Analyte.FindUnit(u) : null;
        double Convert(double canonical) => unit?.FromCanonical(canonical) ?? canonical;
        var unitCode = unit?.Code ?? range.Unit;
        return new FhirObservation.ReferenceRangeComponent
        {
            Low = range.Low is { } low ? Ucum(Convert(low), unitCode) : null,
            High = range.High is { } high ? Ucum(Convert(high), unitCode) : null,
            Type = Own(FibroTrackCodes.DefaultReferenceRange, "FibroTrack default reference range"),
            Text = lab.Interpretation.RangeSource,
        };
    }

    private static CodeableConcept? Interpretation(LabFlag flag) => flag switch
    {
        LabFlag.High => FhirSystems.Concept(FhirSystems.ObservationInterpretation, "H", "High"),
        LabFlag.Low => FhirSystems.Concept(FhirSystems.ObservationInterpretation, "L", "Low"),
        LabFlag.Normal => FhirSystems.Concept(FhirSystems.ObservationInterpretation, "N", "Normal"),
        LabFlag.Positive => FhirSystems.Concept(FhirSystems.ObservationInterpretation, "POS", "Positive"),
        LabFlag.Negative => FhirSystems.Concept(FhirSystems.ObservationInterpretation, "NEG", "Negative"),
        _ => null,
    };

    private static QuestionnaireResponse QuestionnaireResponse(FhirInstrumentResponse response, ResourceReference subject)
    {
        var qr = new QuestionnaireResponse
        {
            Questionnaire = FhirSystems.QuestionnaireBase + response.Instrument.Id,
            Status = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = subject,
            Authored = FhirDate(response.Date),
            Author = subject,
        };
        foreach (var item in response.Instrument.Items)
        {
            if (response.Answers.TryGetValue(item.Code, out var answer))
            {
                qr.Item.Add(new QuestionnaireResponse.ItemComponent
                {
                    LinkId = item.Code,
                    Text = item.Text,
                    Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(answer) }],
                });
            }
        }

        return qr;
    }

    private static FhirObservation ScoreObservation(FhirInstrumentResponse response, ResourceReference subject, ResourceReference derivedFrom)
    {
        var instrument = response.Instrument;
        var code = Own(FibroTrackCodes.Total(instrument.Id), instrument.TotalLabel);
        if (instrument.Loinc is { } loinc)
        {
            code.Coding.Insert(0, FhirSystems.Coding(FhirSystems.Loinc, loinc));
        }

        var obs = NewObservation(response.Date, Category("survey", "Survey"), code, subject);
        obs.Value = Ucum(response.Score.Total!.Value, "{score}");
        obs.DerivedFrom.Add(derivedFrom);
        foreach (var key in FibroTrackCodes.SubscoreKeys(instrument.Id))
        {
            if (response.Score.Subscores.TryGetValue(key, out var subscore))
            {
                obs.Component.Add(new FhirObservation.ComponentComponent
                {
                    Code = Own(FibroTrackCodes.Score(instrument.Id, key), $"{instrument.Name}: {key}"),
                    Value = Ucum(subscore, "{score}"),
                });
            }
        }

        if (response.Score.Band is { } band)
        {
            obs.Interpretation.Add(new CodeableConcept { Text = response.Score.BandCitation is { } c ? $"{band} ({c})" : band });
        }

        return obs;
    }

    private static MedicationStatement MedicationStatement(FhirRegimenItem item, ResourceReference subject)
    {
        var medication = new CodeableConcept(FhirSystems.FibroTrack, item.Code, item.Name, item.Name);
        if (item.RxNorm is { } rxnorm)
        {
            medication.Coding.Insert(0, FhirSystems.Coding(FhirSystems.RxNorm, rxnorm, item.Name));
        }

        var category = FhirSystems.Concept(FhirSystems.MedicationStatementCategory, "patientspecified", "Patient Specified");
        category.Coding.Add(FhirSystems.Coding(FhirSystems.FibroTrack, FibroTrackCodes.RegimenKind(item.Kind), item.Kind.ToString()));
        var statement = new MedicationStatement
        {
            // Implementation note: without a clock the mapping cannot tell a stop date in the future from one in
            // the past, so any stop date reads as "completed" (the stop date itself is in effectivePeriod.end).
            Status = item.StopDate is null ? Hl7.Fhir.Model.MedicationStatement.MedicationStatusCodes.Active : Hl7.Fhir.Model.MedicationStatement.MedicationStatusCodes.Completed,
            Category = category,
            Medication = medication,
            Subject = subject,
            Effective = new Period { Start = FhirDate(item.StartDate), End = item.StopDate is { } stop ? FhirDate(stop) : null },
            InformationSource = subject,
        };
        for (var i = 0; i < item.Doses.Count; i++)
        {
            var dose = item.Doses[i];
            DateOnly? until = i + 1 < item.Doses.Count ? item.Doses[i + 1].EffectiveFrom.AddDays(-1) : item.StopDate;
            var schedule = DoseSchedules.Label(dose.Schedule);
            statement.Dosage.Add(new Dosage
            {
                Sequence = i + 1,
                Text = string.Create(CultureInfo.InvariantCulture, $"{dose.Dose} {DoseUnits.Label(dose.Unit)}, {schedule.ToLowerInvariant()}, from {FhirDate(dose.EffectiveFrom)}"),
                Timing = new Timing
                {
                    Repeat = new Timing.RepeatComponent { Bounds = new Period { Start = FhirDate(dose.EffectiveFrom), End = until is { } u ? FhirDate(u) : null } },
                    Code = new CodeableConcept(FhirSystems.FibroTrack, FibroTrackCodes.Schedule(dose.Schedule), schedule, schedule),
                },
                AsNeeded = dose.Schedule == "as-needed" ? new FhirBoolean(true) : null,
                DoseAndRate = [new Dosage.DoseAndRateComponent { Dose = Ucum(dose.Dose, dose.Unit) }],
            });
        }

        if (item.Notes is { } notes)
        {
            statement.Note.Add(new Annotation { Text = new Markdown(notes) });
        }

        return statement;
    }

    private static Condition Infection(Core.Clinical.InfectionSpec infection, ResourceReference subject)
    {
        var variable = VariableVocabulary.BuiltIn.Find(BuiltInVariables.InfectionType)!;
        var option = variable.FindOption(infection.Type);
        var code = new CodeableConcept { Text = option?.Label ?? infection.Type };
        if (option?.Snomed is { } snomed)
        {
            code.Coding.Add(FhirSystems.Coding(FhirSystems.Snomed, snomed, option.Label));
        }

        if (FhirSystems.InfectionIcd10.TryGetValue(infection.Type, out var icd10))
        {
            code.Coding.Add(FhirSystems.Coding(FhirSystems.Icd10, icd10, option?.Label));
        }

        code.Coding.Add(FhirSystems.Coding(FhirSystems.FibroTrack, FibroTrackCodes.Option(variable.Code, infection.Type), option?.Label));
        var condition = new Condition
        {
            ClinicalStatus = FhirSystems.Concept(FhirSystems.ConditionClinical, infection.EndDate is null ? "active" : "resolved"),
            VerificationStatus = FhirSystems.Concept(FhirSystems.ConditionVerification, infection.ConfirmedByTest ? "confirmed" : "unconfirmed"),
            Category = [FhirSystems.Concept(FhirSystems.ConditionCategory, "problem-list-item", "Problem List Item")],
            Code = code,
            Subject = subject,
            Onset = new FhirDateTime(FhirDate(infection.StartDate)),
            Abatement = infection.EndDate is { } end ? new FhirDateTime(FhirDate(end)) : null,
        };
        if (infection.Notes is { } notes)
        {
            condition.Note.Add(new Annotation { Text = new Markdown(notes) });
        }

        return condition;
    }
}
