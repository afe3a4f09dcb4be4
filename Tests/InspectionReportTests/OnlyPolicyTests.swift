import Testing

@testable import InspectionReport

/// The rules of `--only`, without a build.
@Suite("--only policy")
struct OnlyPolicyTests {
    static let forces = ["alpha", "beta", "gamma"].map { Force(id: $0, name: $0, region: "North", childPopulation: nil) }
    static let manifest = BuildManifest(entries: [
        ("tool", "1"), ("audience", "public"), ("input cases.csv", "10 1.0 1.0 7"),
        ("template force.md.mustache", "aaaa"),
    ])

    func policy(_ requested: [String], published: BuildManifest?) -> OnlyPolicy {
        OnlyPolicy(requested: requested, outputDirectory: "site", published: published, manifest: Self.manifest)
    }

    /// The diagnostic code of the refusal, or nil when the selection is accepted.
    func refusal(_ policy: OnlyPolicy) -> String? {
        do {
            _ = try policy.selection(forces: Self.forces)
            return nil
        } catch {
            guard case .invalidInput(let input) = error else { return "unexpected \(error)" }
            return input.diagnostics.map(\.code).joined(separator: ",")
        }
    }

    @Test func withoutOnlyEverythingIsRendered() throws {
        #expect(try policy([], published: nil).selection(forces: Self.forces) == .all)
    }

    @Test func theChosenForcesAreSelectedByIndex() throws {
        // Only a template differs: that is what --only is for.
        let published = BuildManifest(entries: Array(Self.manifest.entries.dropLast()) + [("template force.md.mustache", "bbbb")])
        #expect(try policy(["gamma", "alpha", "gamma"], published: published).selection(forces: Self.forces) == .only([0, 2]))
    }

    @Test func refusals() {
        #expect(refusal(policy(["atlantis", "beta", "x"], published: Self.manifest)) == "unknown_force")
        // Unknown ids are reported before a missing output.
        #expect(refusal(policy(["atlantis"], published: nil)) == "unknown_force")
        #expect(refusal(policy(["beta"], published: nil)) == "no_output")
        let otherInputs = BuildManifest(entries: [
            ("tool", "1"), ("audience", "public"), ("input cases.csv", "11 2.0 2.0 7"),
            ("template force.md.mustache", "aaaa"),
        ])
        #expect(refusal(policy(["beta"], published: otherInputs)) == "inputs_changed")
        let otherAudience = BuildManifest(entries: [
            ("tool", "1"), ("audience", "restricted"), ("input cases.csv", "10 1.0 1.0 7"),
            ("template force.md.mustache", "aaaa"),
        ])
        #expect(refusal(policy(["beta"], published: otherAudience)) == "inputs_changed")
    }

    @Test func theUnknownIdsAreNamed() {
        do {
            _ = try policy(["atlantis", "beta", "x"], published: Self.manifest).selection(forces: Self.forces)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errorDescription?.hasPrefix("--only: unknown_force: atlantis, x is not a force_id in forces.csv") == true)
        }
    }
}
