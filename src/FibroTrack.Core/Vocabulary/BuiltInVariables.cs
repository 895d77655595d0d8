namespace FibroTrack.Core.Vocabulary;

/// <summary>
/// The built-in vocabulary of the daily diary. Codes are stable: they are stored, exported and
/// used by the API, so never rename one. LOINC/SNOMED CT codes appear only where CLINICAL.md
/// lists them as verified; everything else is a FibroTrack code.
/// </summary>
public static class BuiltInVariables
{
    public const string Pain = "symptom.pain";
    public const string Fatigue = "symptom.fatigue";
    public const string UnrefreshingSleep = "symptom.unrefreshing-sleep";
    public const string FibroFog = "symptom.fibro-fog";
    public const string Stiffness = "symptom.stiffness";
    public const string Headache = "symptom.headache";
    public const string AbdominalPain = "symptom.abdominal-pain";
    public const string TemperatureSensitivity = "symptom.temperature-sensitivity";
    public const string NoiseSensitivity = "symptom.noise-sensitivity";
    public const string LightSensitivity = "symptom.light-sensitivity";
    public const string Anxiety = "symptom.anxiety";
    public const string LowMood = "symptom.low-mood";
    public const string Stress = "exposure.stress";
    public const string SleepHours = "sleep.hours";
    public const string SleepQuality = "sleep.quality";
    public const string Bedtime = "sleep.bedtime";
    public const string WakeTime = "sleep.wake-time";
    public const string ScreensBeforeBed = "sleep.screens-before-bed";
    public const string MeditationMinutes = "mind.meditation-minutes";
    public const string Infection = "event.infection";
    public const string InfectionType = "event.infection-type";
    public const string Menstruation = "event.menstruation";
    public const string Travel = "event.travel";
    public const string Flare = "event.flare";

    public static readonly IReadOnlyList<VariableDefinition> All = Build();

    private static List<VariableDefinition> Build()
    {
        List<VariableDefinition> list =
        [
            Scale(Pain, "Overall pain", VariableKind.Symptom, DiarySection.Pain, "0 no pain, 10 worst imaginable.", loinc: "72514-3"),
        ];
        list.AddRange(BodyAreas.All.Select(a => new VariableDefinition
        {
            Code = a.Code,
            Label = a.Label,
            Kind = VariableKind.Symptom,
            Type = VariableType.YesNo,
            Section = DiarySection.Pain,
        }));
        list.AddRange(
        [
            Scale(Fatigue, "Fatigue", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(UnrefreshingSleep, "Unrefreshing sleep", VariableKind.Symptom, DiarySection.Symptoms, "How unrefreshed you felt on waking."),
            Scale(FibroFog, "Fibro fog", VariableKind.Symptom, DiarySection.Symptoms, "Trouble thinking, remembering or concentrating."),
            Scale(Stiffness, "Stiffness", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(Headache, "Headache", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(AbdominalPain, "Abdominal pain / IBS", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(TemperatureSensitivity, "Sensitivity to temperature", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(NoiseSensitivity, "Sensitivity to noise", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(LightSensitivity, "Sensitivity to light", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(Anxiety, "Anxiety", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(LowMood, "Low mood", VariableKind.Symptom, DiarySection.Symptoms),
            Scale(Stress, "Stress", VariableKind.Exposure, DiarySection.Symptoms),

            new()
            {
                Code = SleepHours, Label = "Hours slept", Kind = VariableKind.Exposure, Type = VariableType.Quantity,
                Section = DiarySection.Sleep, Min = 0, Max = 24, Unit = "h", Loinc = "93832-4",
            },
            Scale(SleepQuality, "Sleep quality", VariableKind.Symptom, DiarySection.Sleep, "0 very poor, 10 excellent."),
            Time(Bedtime, "Bedtime", DiarySection.Sleep),
            Time(WakeTime, "Wake time", DiarySection.Sleep),
            YesNo(ScreensBeforeBed, "Screens in the hour before bed", VariableKind.Exposure, DiarySection.Sleep),
        ]);
        list.AddRange(ActivityTypes.All.Select(t => new VariableDefinition
        {
            Code = t.Code,
            Label = t.Label,
            Kind = VariableKind.Exposure,
            Type = VariableType.Minutes,
            Section = DiarySection.Activity,
            Min = 0,
            Max = 1440,
            Unit = "min",
        }));
        list.AddRange(
        [
            YesNo("diet.omega3", "Omega-3 foods (oily fish, flax, walnuts)", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.leafy-greens", "Leafy greens", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.turmeric-ginger", "Turmeric or ginger", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.berries", "Berries", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.processed-food", "Processed food", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.refined-sugar", "Refined sugar", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.red-meat", "Red meat", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.fried-food", "Fried food", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.dairy", "Dairy", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.gluten", "Gluten", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.alcohol", "Alcohol", VariableKind.Exposure, DiarySection.Diet),
            YesNo("diet.caffeine", "Caffeine", VariableKind.Exposure, DiarySection.Diet),

            new()
            {
                Code = MeditationMinutes, Label = "Meditation or breathing", Kind = VariableKind.Exposure,
                Type = VariableType.Minutes, Section = DiarySection.Mind, Min = 0, Max = 1440, Unit = "min",
            },

            YesNo(Flare, "I'm in a flare", VariableKind.Event, DiarySection.Events),
            YesNo(Infection, "Infection", VariableKind.Event, DiarySection.Events),
            new()
            {
                Code = InfectionType, Label = "Type of infection", Kind = VariableKind.Event,
                Type = VariableType.Category, Section = DiarySection.Events,
                // SNOMED CT concepts from CLINICAL.md "Codes"; influenza and the "other" groups have no verified code.
                Options =
                [
                    new("ebv", "EBV / mononucleosis", "271558008"),
                    new("lyme", "Lyme disease", "23502006"),
                    new("covid-19", "COVID-19", "840539006"),
                    new("influenza", "Influenza"),
                    new("other-viral", "Other viral"),
                    new("other-bacterial", "Other bacterial"),
                ],
            },
            YesNo(Menstruation, "Menstruation", VariableKind.Event, DiarySection.Events),
            YesNo(Travel, "Travel", VariableKind.Event, DiarySection.Events),
        ]);
        list.AddRange(RedFlags.RedFlagSigns.All.Select(sign => new VariableDefinition
        {
            Code = sign.Code,
            Label = sign.Label,
            Kind = VariableKind.Symptom,
            Type = VariableType.YesNo,
            Section = DiarySection.Signs,
            Help = sign.Help,
        }));
        return list;
    }

    private static VariableDefinition Scale(
        string code, string label, VariableKind kind, DiarySection section, string? help = null, string? loinc = null) =>
        new()
        {
            Code = code, Label = label, Kind = kind, Type = VariableType.Scale, Section = section,
            Min = 0, Max = 10, Unit = "{score}", Help = help, Loinc = loinc,
        };

    private static VariableDefinition YesNo(string code, string label, VariableKind kind, DiarySection section) =>
        new() { Code = code, Label = label, Kind = kind, Type = VariableType.YesNo, Section = section };

    private static VariableDefinition Time(string code, string label, DiarySection section) =>
        new()
        {
            Code = code, Label = label, Kind = VariableKind.Exposure, Type = VariableType.TimeOfDay, Section = section,
            Min = 0, Max = 1439, Unit = "min",
        };
}
