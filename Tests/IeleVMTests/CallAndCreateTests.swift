import IeleNumerics
import Testing

@testable import IeleVM

/// Local calls, account calls, precompiles, creation and self-destruction.
@Suite struct CallAndCreateTests {
    @Test func localCallRecursion() throws {
        let source = """
            contract C {
              define public @f(%n) { %r = call @fact(%n) \n ret %r }
              define @fact(%n) {
                %z = iszero %n
                br %z, base
                %one = 1
                %m = sub %n, %one
                %r = call @fact(%m)
                %r = mul %r, %n
                ret %r
              base:
                ret 1
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [20])
        #expect(r.output == [2_432_902_008_176_640_000])
        #expect(r.machine.localCalls.isEmpty)
    }

    @Test func localCallResultCountMismatchIsWrongSignature() throws {
        let source = """
            contract C {
              define public @f() { %a, %b = call @g() \n ret %a }
              define @g() { ret 1 }
              define @init() {}
            }
            """
        #expect(try VM.call(source, "f").status == 2)
    }

    @Test func accountCallToSelfReturnsValues() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %s, %v = call @g at %me(41) send 0, gaslimit %gas
                %r = add %v, %s
                ret %r
              }
              define public @g(%x) { %y = add %x, 1 \n ret %y }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f")
        #expect(r.status == 0)
        #expect(r.output == [42])
    }

    @Test func accountCallStatusCodes() throws {
        // A failed callee keeps the gas it was given, so each call gets a small fixed limit.
        let source = """
            contract C {
              define public @f(%which) {
                %gas = 100
                %me = call @iele.address()
                %s = call @missing at %me() send 0, gaslimit %gas
                %t = call @private at %me() send 0, gaslimit %gas
                %u = call @g at %me(1, 2) send 0, gaslimit %gas
                %w = call @g at 77(1) send 0, gaslimit %gas
                %x = call @g at %me(1) send 999999999, gaslimit %gas
                ret %s, %t, %u, %w, %x
              }
              define public @g(%x) { ret void }
              define @private() { ret void }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [0])
        #expect(r.status == 0)
        #expect(r.output == [1, 1, 2, 3, 7])
    }

    @Test func revertRollsBackAndReturnsTheValue() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %s = call @g at %me() send 0, gaslimit %gas
                %k = 1
                %v = sload %k
                ret %s, %v
              }
              define public @g() { %k = 1 \n sstore %k, %k \n revert -5 }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f")
        #expect(r.output == [-5, 0])
    }

    @Test func staticCallCannotChangeState() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %s = staticcall @g at %me() gaslimit %gas
                ret %s
              }
              define public @g() { %k = 1 \n sstore %k, %k \n ret void }
              define @init() {}
            }
            """
        #expect(try VM.call(source, "f").output == [4])
    }

    @Test func precompiledIdentityAndSha256() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %s, %v = call @iele.id at 1(1234) send 0, gaslimit %gas
                %t, %h = call @iele.sha256 at 1(0, 0) send 0, gaslimit %gas
                %u = call @iele.nothing at 1() send 0, gaslimit %gas
                ret %s, %v, %t, %h, %u
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f")
        let emptySHA = IeleInt("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", radix: 16) ?? 0
        #expect(r.output == [0, 1234, 0, emptySHA, 3])
    }

    @Test func createDeploysTheNestedContract() throws {
        let source = """
            contract Child {
              define @init(%x) { %k = 0 \n sstore %x, %k }
              define public @get() { %k = 0 \n %v = sload %k \n ret %v }
            }
            contract C {
              external contract Child
              define public @f() {
                %s, %a = create Child(7) send 0
                %gas = call @iele.gas()
                %t, %v = call @get at %a() send 0, gaslimit %gas
                ret %s, %t, %v
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f")
        #expect(r.output == [0, 0, 7])
        let created = ChainRules.danse.newAddress(creator: VM.contractAddress, nonce: 1)
        var world = r.machine.world
        #expect(world.nonce(of: created) == 1)
        #expect(world.nonce(of: VM.contractAddress) == 2)
    }

    @Test func selfdestructMovesTheBalance() throws {
        let source = "contract C { define public @f(%to) { selfdestruct %to } define @init() {} }"
        let r = try VM.call(source, "f", [0xbeef])
        #expect(r.status == 0)
        var world = r.machine.world
        #expect(world.balance(of: 0xbeef) == 1_000_000)
        #expect(r.machine.selfDestructs == [VM.contractAddress])
        #expect(r.machine.refund == GasSchedule.danse.rSelfDestruct)
    }

    @Test func deepAccountRecursionStopsAtDepth1024() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %s = call @f at %me() send 0, gaslimit %gas
                revert %s
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", gas: Int(1) << 60)
        #expect(r.revertValue == 8)
    }
}
