using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// The relationship engine: interactions, relationships, detectors, ranking and network health for one mailbox,
/// from scratch (<see cref="Analyze"/>) or night by night from a kept state (<see cref="Build"/> once, then
/// <see cref="Night"/>), with the same result for the same mailbox and instant. Pure: the same input and <c>now</c>
/// give the same result. Thread-safe: an instance holds only its options and what is made from them, so one can serve
/// every mailbox.
/// </summary>
public sealed class RelationshipEngine
{
    private readonly StateBuilder _builder;
    private readonly NightFolder _folder;
    private readonly StateEvaluator _evaluator;
    private readonly StateLedger _ledger;

    /// <summary>Creates an engine with one detector per suggestion kind; throws <see cref="ArgumentException"/>
    /// when the options are invalid.</summary>
    public RelationshipEngine(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        Options = options;
        OptionsFingerprint = StateBasis.OptionsFingerprint(options);
        _builder = new StateBuilder(options, OptionsFingerprint);
        _folder = new NightFolder(options, OptionsFingerprint);
        _evaluator = new StateEvaluator(options, SuggestionDetectors.Create(options.Detectors));
        _ledger = new StateLedger(options);
    }

    public EngineOptions Options { get; }

    /// <summary>A fingerprint of every option (<see cref="StateBasis.OptionsFingerprint"/>), taken when the engine was
    /// made: a kept state built under other options is never folded into.</summary>
    public string OptionsFingerprint { get; }

    /// <summary>Analyses one mailbox at <paramref name="now"/> (pass <c>TimeProvider.GetUtcNow()</c>).
    /// Messages and meetings after <paramref name="now"/> count only as noise (messages) or not at all (meetings).</summary>
    public AnalysisResult Analyze(MailboxInput input, UserFeedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(feedback);
        var state = _builder.Build(input, now, keep: false);
        return _evaluator.Evaluate(state, input.Owner, input.Directory, feedback);
    }

    /// <summary>Builds the state to keep for one mailbox from all its messages and meetings, at <paramref name="now"/>
    /// (every part marked to be written), and its analysis then.</summary>
    public (MailboxState State, AnalysisResult Result) Build(MailboxInput input, UserFeedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(feedback);
        var state = _builder.Build(input, now, keep: true);
        return (state, _evaluator.Evaluate(state, input.Owner, input.Directory, feedback));
    }

    /// <summary>
    /// One night on a kept state: moves it to <paramref name="now"/>, folds in what changed since it was kept, and
    /// evaluates every contact at <paramref name="now"/>. The state must hold the buckets of the changed items and of
    /// their conversations, old and new (<see cref="MailboxState.ConversationsOf"/>, <see cref="MailboxChanges.ConversationIds"/>).
    /// Returns the analysis, or null with why when the mailbox must be analysed from scratch instead (the state was
    /// built under other options, another engine version or owner; an address already seen is something else now;
    /// <paramref name="now"/> is before the state's instant): the state must then be thrown away.
    /// </summary>
    public (AnalysisResult? Result, string? FromScratchBecause) Night(MailboxState state, MailboxChanges changes,
        MailboxOwner owner, DirectoryInfo directory, UserFeedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(feedback);
        if (now.UtcTicks < state.AsOfTicks)
        {
            return (null, "the night is before the kept state's instant");
        }

        _ledger.Settle(state, now.UtcTicks);
        try
        {
            if (_folder.Fold(state, changes, owner, directory) is { } reason)
            {
                return (null, reason);
            }
        }
        catch (KeptStateMismatchException ex)
        {
            return (null, "the kept state does not match the mailbox: " + ex.Message);
        }

        return (_evaluator.Evaluate(state, owner, directory, feedback), null);
    }
}
