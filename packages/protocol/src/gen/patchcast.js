/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const patchcast = $root.patchcast = (() => {

    /**
     * Namespace patchcast.
     * @exports patchcast
     * @namespace
     */
    const patchcast = {};

    patchcast.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof patchcast
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} patchcast.v1.Envelope.$Properties
             * @property {number} [seq] Envelope seq
             * @property {patchcast.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {patchcast.v1.Challenge.$Properties|null} [challenge] Envelope challenge
             * @property {patchcast.v1.ChallengeResponse.$Properties|null} [challengeResponse] Envelope challengeResponse
             * @property {patchcast.v1.AuthResult.$Properties|null} [authResult] Envelope authResult
             * @property {patchcast.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
             * @property {patchcast.v1.Ack.$Properties|null} [ack] Envelope ack
             * @property {patchcast.v1.ErrorMessage.$Properties|null} [error] Envelope error
             * @property {patchcast.v1.SignedJobOffer.$Properties|null} [jobOffer] Envelope jobOffer
             * @property {patchcast.v1.RestartConfirmResult.$Properties|null} [restartConfirmResult] Envelope restartConfirmResult
             * @property {patchcast.v1.Progress.$Properties|null} [progress] Envelope progress
             * @property {patchcast.v1.StatusReport.$Properties|null} [statusReport] Envelope statusReport
             * @property {patchcast.v1.JobCancel.$Properties|null} [jobCancel] Envelope jobCancel
             * @property {"hello"|"challenge"|"challengeResponse"|"authResult"|"heartbeat"|"ack"|"error"|"jobOffer"|"restartConfirmResult"|"progress"|"statusReport"|"jobCancel"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof patchcast.v1
             * @interface IEnvelope
             * @augments patchcast.v1.Envelope.$Properties
             * @deprecated Use patchcast.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   seq?: number;
             *   hello?: patchcast.v1.Hello.$Shape|null;
             *   challenge?: patchcast.v1.Challenge.$Shape|null;
             *   challengeResponse?: patchcast.v1.ChallengeResponse.$Shape|null;
             *   authResult?: patchcast.v1.AuthResult.$Shape|null;
             *   heartbeat?: patchcast.v1.Heartbeat.$Shape|null;
             *   ack?: patchcast.v1.Ack.$Shape|null;
             *   error?: patchcast.v1.ErrorMessage.$Shape|null;
             *   jobOffer?: patchcast.v1.SignedJobOffer.$Shape|null;
             *   restartConfirmResult?: patchcast.v1.RestartConfirmResult.$Shape|null;
             *   progress?: patchcast.v1.Progress.$Shape|null;
             *   statusReport?: patchcast.v1.StatusReport.$Shape|null;
             *   jobCancel?: patchcast.v1.JobCancel.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "hello"; hello: patchcast.v1.Hello.$Shape; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "challenge"; hello?: null; challenge: patchcast.v1.Challenge.$Shape; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "challengeResponse"; hello?: null; challenge?: null; challengeResponse: patchcast.v1.ChallengeResponse.$Shape; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "authResult"; hello?: null; challenge?: null; challengeResponse?: null; authResult: patchcast.v1.AuthResult.$Shape; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "heartbeat"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat: patchcast.v1.Heartbeat.$Shape; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "ack"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack: patchcast.v1.Ack.$Shape; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "error"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error: patchcast.v1.ErrorMessage.$Shape; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "jobOffer"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer: patchcast.v1.SignedJobOffer.$Shape; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "restartConfirmResult"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult: patchcast.v1.RestartConfirmResult.$Shape; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "progress"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress: patchcast.v1.Progress.$Shape; statusReport?: null; jobCancel?: null }|{ body?: "statusReport"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport: patchcast.v1.StatusReport.$Shape; jobCancel?: null }|{ body?: "jobCancel"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel: patchcast.v1.JobCancel.$Shape })
             * )} patchcast.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof patchcast.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {patchcast.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope hello.
             * @member {patchcast.v1.Hello|null} hello
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope challenge.
             * @member {patchcast.v1.Challenge|null} challenge
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.challenge = null;

            /**
             * Envelope challengeResponse.
             * @member {patchcast.v1.ChallengeResponse|null} challengeResponse
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.challengeResponse = null;

            /**
             * Envelope authResult.
             * @member {patchcast.v1.AuthResult|null} authResult
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.authResult = null;

            /**
             * Envelope heartbeat.
             * @member {patchcast.v1.Heartbeat|null} heartbeat
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.heartbeat = null;

            /**
             * Envelope ack.
             * @member {patchcast.v1.Ack|null} ack
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope error.
             * @member {patchcast.v1.ErrorMessage|null} error
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope jobOffer.
             * @member {patchcast.v1.SignedJobOffer|null} jobOffer
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.jobOffer = null;

            /**
             * Envelope restartConfirmResult.
             * @member {patchcast.v1.RestartConfirmResult|null} restartConfirmResult
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.restartConfirmResult = null;

            /**
             * Envelope progress.
             * @member {patchcast.v1.Progress|null} progress
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.progress = null;

            /**
             * Envelope statusReport.
             * @member {patchcast.v1.StatusReport|null} statusReport
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.statusReport = null;

            /**
             * Envelope jobCancel.
             * @member {patchcast.v1.JobCancel|null} jobCancel
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            Envelope.prototype.jobCancel = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"challenge"|"challengeResponse"|"authResult"|"heartbeat"|"ack"|"error"|"jobOffer"|"restartConfirmResult"|"progress"|"statusReport"|"jobCancel"|undefined} body
             * @memberof patchcast.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "challenge", "challengeResponse", "authResult", "heartbeat", "ack", "error", "jobOffer", "restartConfirmResult", "progress", "statusReport", "jobCancel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {patchcast.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: patchcast.v1.Envelope.$Shape): patchcast.v1.Envelope & patchcast.v1.Envelope.$Shape;
             *   (properties?: patchcast.v1.Envelope.$Properties): patchcast.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link patchcast.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {patchcast.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.patchcast.v1.Hello.encode(message.hello, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.patchcast.v1.Challenge.encode(message.challenge, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.challengeResponse != null && $Object.hasOwnProperty.call(message, "challengeResponse"))
                    $root.patchcast.v1.ChallengeResponse.encode(message.challengeResponse, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult"))
                    $root.patchcast.v1.AuthResult.encode(message.authResult, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.patchcast.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.patchcast.v1.Ack.encode(message.ack, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.patchcast.v1.ErrorMessage.encode(message.error, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.jobOffer != null && $Object.hasOwnProperty.call(message, "jobOffer"))
                    $root.patchcast.v1.SignedJobOffer.encode(message.jobOffer, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.restartConfirmResult != null && $Object.hasOwnProperty.call(message, "restartConfirmResult"))
                    $root.patchcast.v1.RestartConfirmResult.encode(message.restartConfirmResult, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                    $root.patchcast.v1.Progress.encode(message.progress, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport"))
                    $root.patchcast.v1.StatusReport.encode(message.statusReport, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                if (message.jobCancel != null && $Object.hasOwnProperty.call(message, "jobCancel"))
                    $root.patchcast.v1.JobCancel.encode(message.jobCancel, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Envelope & patchcast.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.patchcast.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.patchcast.v1.Challenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.body = "challenge";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.challengeResponse = $root.patchcast.v1.ChallengeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.challengeResponse);
                            message.body = "challengeResponse";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.authResult = $root.patchcast.v1.AuthResult.decode(reader, reader.size(), $undefined, _depth + 1, message.authResult);
                            message.body = "authResult";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.patchcast.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.patchcast.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.patchcast.v1.ErrorMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.jobOffer = $root.patchcast.v1.SignedJobOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.jobOffer);
                            message.body = "jobOffer";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.restartConfirmResult = $root.patchcast.v1.RestartConfirmResult.decode(reader, reader.size(), $undefined, _depth + 1, message.restartConfirmResult);
                            message.body = "restartConfirmResult";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.progress = $root.patchcast.v1.Progress.decode(reader, reader.size(), $undefined, _depth + 1, message.progress);
                            message.body = "progress";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.statusReport = $root.patchcast.v1.StatusReport.decode(reader, reader.size(), $undefined, _depth + 1, message.statusReport);
                            message.body = "statusReport";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            message.jobCancel = $root.patchcast.v1.JobCancel.decode(reader, reader.size(), $undefined, _depth + 1, message.jobCancel);
                            message.body = "jobCancel";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.Challenge.verify(message.challenge, _depth + 1);
                        if (error)
                            return "challenge." + error;
                    }
                }
                if (message.challengeResponse != null && $Object.hasOwnProperty.call(message, "challengeResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.ChallengeResponse.verify(message.challengeResponse, _depth + 1);
                        if (error)
                            return "challengeResponse." + error;
                    }
                }
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.AuthResult.verify(message.authResult, _depth + 1);
                        if (error)
                            return "authResult." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.Ack.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.ErrorMessage.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.jobOffer != null && $Object.hasOwnProperty.call(message, "jobOffer")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.SignedJobOffer.verify(message.jobOffer, _depth + 1);
                        if (error)
                            return "jobOffer." + error;
                    }
                }
                if (message.restartConfirmResult != null && $Object.hasOwnProperty.call(message, "restartConfirmResult")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.RestartConfirmResult.verify(message.restartConfirmResult, _depth + 1);
                        if (error)
                            return "restartConfirmResult." + error;
                    }
                }
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.Progress.verify(message.progress, _depth + 1);
                        if (error)
                            return "progress." + error;
                    }
                }
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.StatusReport.verify(message.statusReport, _depth + 1);
                        if (error)
                            return "statusReport." + error;
                    }
                }
                if (message.jobCancel != null && $Object.hasOwnProperty.call(message, "jobCancel")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchcast.v1.JobCancel.verify(message.jobCancel, _depth + 1);
                        if (error)
                            return "jobCancel." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Envelope();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".patchcast.v1.Envelope.hello: object expected");
                    message.hello = $root.patchcast.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.challenge != null) {
                    if (!$util.isObject(object.challenge))
                        throw $TypeError(".patchcast.v1.Envelope.challenge: object expected");
                    message.challenge = $root.patchcast.v1.Challenge.fromObject(object.challenge, _depth + 1);
                }
                if (object.challengeResponse != null) {
                    if (!$util.isObject(object.challengeResponse))
                        throw $TypeError(".patchcast.v1.Envelope.challengeResponse: object expected");
                    message.challengeResponse = $root.patchcast.v1.ChallengeResponse.fromObject(object.challengeResponse, _depth + 1);
                }
                if (object.authResult != null) {
                    if (!$util.isObject(object.authResult))
                        throw $TypeError(".patchcast.v1.Envelope.authResult: object expected");
                    message.authResult = $root.patchcast.v1.AuthResult.fromObject(object.authResult, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".patchcast.v1.Envelope.heartbeat: object expected");
                    message.heartbeat = $root.patchcast.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".patchcast.v1.Envelope.ack: object expected");
                    message.ack = $root.patchcast.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".patchcast.v1.Envelope.error: object expected");
                    message.error = $root.patchcast.v1.ErrorMessage.fromObject(object.error, _depth + 1);
                }
                if (object.jobOffer != null) {
                    if (!$util.isObject(object.jobOffer))
                        throw $TypeError(".patchcast.v1.Envelope.jobOffer: object expected");
                    message.jobOffer = $root.patchcast.v1.SignedJobOffer.fromObject(object.jobOffer, _depth + 1);
                }
                if (object.restartConfirmResult != null) {
                    if (!$util.isObject(object.restartConfirmResult))
                        throw $TypeError(".patchcast.v1.Envelope.restartConfirmResult: object expected");
                    message.restartConfirmResult = $root.patchcast.v1.RestartConfirmResult.fromObject(object.restartConfirmResult, _depth + 1);
                }
                if (object.progress != null) {
                    if (!$util.isObject(object.progress))
                        throw $TypeError(".patchcast.v1.Envelope.progress: object expected");
                    message.progress = $root.patchcast.v1.Progress.fromObject(object.progress, _depth + 1);
                }
                if (object.statusReport != null) {
                    if (!$util.isObject(object.statusReport))
                        throw $TypeError(".patchcast.v1.Envelope.statusReport: object expected");
                    message.statusReport = $root.patchcast.v1.StatusReport.fromObject(object.statusReport, _depth + 1);
                }
                if (object.jobCancel != null) {
                    if (!$util.isObject(object.jobCancel))
                        throw $TypeError(".patchcast.v1.Envelope.jobCancel: object expected");
                    message.jobCancel = $root.patchcast.v1.JobCancel.fromObject(object.jobCancel, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {patchcast.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.patchcast.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    object.challenge = $root.patchcast.v1.Challenge.toObject(message.challenge, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "challenge";
                }
                if (message.challengeResponse != null && $Object.hasOwnProperty.call(message, "challengeResponse")) {
                    object.challengeResponse = $root.patchcast.v1.ChallengeResponse.toObject(message.challengeResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "challengeResponse";
                }
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult")) {
                    object.authResult = $root.patchcast.v1.AuthResult.toObject(message.authResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "authResult";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.patchcast.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.patchcast.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.patchcast.v1.ErrorMessage.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.jobOffer != null && $Object.hasOwnProperty.call(message, "jobOffer")) {
                    object.jobOffer = $root.patchcast.v1.SignedJobOffer.toObject(message.jobOffer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "jobOffer";
                }
                if (message.restartConfirmResult != null && $Object.hasOwnProperty.call(message, "restartConfirmResult")) {
                    object.restartConfirmResult = $root.patchcast.v1.RestartConfirmResult.toObject(message.restartConfirmResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "restartConfirmResult";
                }
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress")) {
                    object.progress = $root.patchcast.v1.Progress.toObject(message.progress, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "progress";
                }
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                    object.statusReport = $root.patchcast.v1.StatusReport.toObject(message.statusReport, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "statusReport";
                }
                if (message.jobCancel != null && $Object.hasOwnProperty.call(message, "jobCancel")) {
                    object.jobCancel = $root.patchcast.v1.JobCancel.toObject(message.jobCancel, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "jobCancel";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof patchcast.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Envelope";
            };

            return Envelope;
        })();

        /**
         * JobType enum.
         * @name patchcast.v1.JobType
         * @enum {number}
         * @property {number} JOB_TYPE_UNSPECIFIED=0 JOB_TYPE_UNSPECIFIED value
         * @property {number} JOB_TYPE_INSTALL_PACKAGE=1 JOB_TYPE_INSTALL_PACKAGE value
         */
        v1.JobType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "JOB_TYPE_INSTALL_PACKAGE"] = 1;
            return values;
        })();

        v1.PackageRef = (function() {

            /**
             * Properties of a PackageRef.
             * @typedef {Object} patchcast.v1.PackageRef.$Properties
             * @property {string} [packageId] PackageRef packageId
             * @property {string} [name] PackageRef name
             * @property {string} [version] PackageRef version
             * @property {number} [generation] PackageRef generation
             * @property {string} [cabinetId] PackageRef cabinetId
             * @property {Uint8Array} [sha256] PackageRef sha256
             * @property {number} [size] PackageRef size
             * @property {string} [downloadUrl] PackageRef downloadUrl
             * @property {boolean} [updateData] PackageRef updateData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PackageRef.
             * @memberof patchcast.v1
             * @interface IPackageRef
             * @augments patchcast.v1.PackageRef.$Properties
             * @deprecated Use patchcast.v1.PackageRef.$Properties instead.
             */

            /**
             * Shape of a PackageRef.
             * @typedef {patchcast.v1.PackageRef.$Properties} patchcast.v1.PackageRef.$Shape
             */

            /**
             * Constructs a new PackageRef.
             * @memberof patchcast.v1
             * @classdesc Represents a PackageRef.
             * @constructor
             * @param {patchcast.v1.PackageRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PackageRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PackageRef packageId.
             * @member {string} packageId
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.packageId = "";

            /**
             * PackageRef name.
             * @member {string} name
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.name = "";

            /**
             * PackageRef version.
             * @member {string} version
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.version = "";

            /**
             * PackageRef generation.
             * @member {number} generation
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.generation = 0;

            /**
             * PackageRef cabinetId.
             * @member {string} cabinetId
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.cabinetId = "";

            /**
             * PackageRef sha256.
             * @member {Uint8Array} sha256
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.sha256 = $util.newBuffer([]);

            /**
             * PackageRef size.
             * @member {number} size
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PackageRef downloadUrl.
             * @member {string} downloadUrl
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.downloadUrl = "";

            /**
             * PackageRef updateData.
             * @member {boolean} updateData
             * @memberof patchcast.v1.PackageRef
             * @instance
             */
            PackageRef.prototype.updateData = false;

            /**
             * Creates a new PackageRef instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {patchcast.v1.PackageRef.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.PackageRef} PackageRef instance
             * @type {{
             *   (properties: patchcast.v1.PackageRef.$Shape): patchcast.v1.PackageRef & patchcast.v1.PackageRef.$Shape;
             *   (properties?: patchcast.v1.PackageRef.$Properties): patchcast.v1.PackageRef;
             * }}
             */
            PackageRef.create = function(properties) {
                return new PackageRef(properties);
            };

            /**
             * Encodes the specified PackageRef message. Does not implicitly {@link patchcast.v1.PackageRef.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {patchcast.v1.PackageRef.$Properties} message PackageRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PackageRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packageId != null && $Object.hasOwnProperty.call(message, "packageId") && message.packageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.packageId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.generation);
                if (message.cabinetId != null && $Object.hasOwnProperty.call(message, "cabinetId") && message.cabinetId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.cabinetId);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.sha256);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.size);
                if (message.downloadUrl != null && $Object.hasOwnProperty.call(message, "downloadUrl") && message.downloadUrl !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.downloadUrl);
                if (message.updateData != null && $Object.hasOwnProperty.call(message, "updateData") && message.updateData !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.updateData);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PackageRef message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.PackageRef & patchcast.v1.PackageRef.$Shape} PackageRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PackageRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.PackageRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.packageId = value;
                            else
                                delete message.packageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cabinetId = value;
                            else
                                delete message.cabinetId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.downloadUrl = value;
                            else
                                delete message.downloadUrl;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.updateData = value;
                            else
                                delete message.updateData;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PackageRef message.
             * @function verify
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PackageRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.packageId != null && $Object.hasOwnProperty.call(message, "packageId"))
                    if (!$util.isString(message.packageId))
                        return "packageId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation))
                        return "generation: integer expected";
                if (message.cabinetId != null && $Object.hasOwnProperty.call(message, "cabinetId"))
                    if (!$util.isString(message.cabinetId))
                        return "cabinetId: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!(message.sha256 && typeof message.sha256.length === "number" || $util.isString(message.sha256)))
                        return "sha256: buffer expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.downloadUrl != null && $Object.hasOwnProperty.call(message, "downloadUrl"))
                    if (!$util.isString(message.downloadUrl))
                        return "downloadUrl: string expected";
                if (message.updateData != null && $Object.hasOwnProperty.call(message, "updateData"))
                    if (typeof message.updateData !== "boolean")
                        return "updateData: boolean expected";
                return null;
            };

            /**
             * Creates a PackageRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.PackageRef} PackageRef
             */
            PackageRef.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.PackageRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.PackageRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.PackageRef();
                if (object.packageId != null)
                    if (typeof object.packageId !== "string" || object.packageId.length)
                        message.packageId = $String(object.packageId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.generation != null)
                    if ($Number(object.generation) !== 0)
                        message.generation = object.generation >>> 0;
                if (object.cabinetId != null)
                    if (typeof object.cabinetId !== "string" || object.cabinetId.length)
                        message.cabinetId = $String(object.cabinetId);
                if (object.sha256 != null)
                    if (object.sha256.length)
                        if (typeof object.sha256 === "string")
                            $util.base64.decode(object.sha256, message.sha256 = $util.newBuffer($util.base64.length(object.sha256)), 0);
                        else if (object.sha256.length >= 0)
                            message.sha256 = object.sha256;
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.downloadUrl != null)
                    if (typeof object.downloadUrl !== "string" || object.downloadUrl.length)
                        message.downloadUrl = $String(object.downloadUrl);
                if (object.updateData != null)
                    if (object.updateData)
                        message.updateData = $Boolean(object.updateData);
                return message;
            };

            /**
             * Creates a plain object from a PackageRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {patchcast.v1.PackageRef} message PackageRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PackageRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.packageId = "";
                    object.name = "";
                    object.version = "";
                    object.generation = 0;
                    object.cabinetId = "";
                    if (options.bytes === $String)
                        object.sha256 = "";
                    else {
                        object.sha256 = [];
                        if (options.bytes !== $Array)
                            object.sha256 = $util.newBuffer(object.sha256);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.downloadUrl = "";
                    object.updateData = false;
                }
                if (message.packageId != null && $Object.hasOwnProperty.call(message, "packageId"))
                    object.packageId = message.packageId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    object.generation = message.generation;
                if (message.cabinetId != null && $Object.hasOwnProperty.call(message, "cabinetId"))
                    object.cabinetId = message.cabinetId;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = options.bytes === $String ? $util.base64.encode(message.sha256, 0, message.sha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sha256) : message.sha256;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.downloadUrl != null && $Object.hasOwnProperty.call(message, "downloadUrl"))
                    object.downloadUrl = message.downloadUrl;
                if (message.updateData != null && $Object.hasOwnProperty.call(message, "updateData"))
                    object.updateData = message.updateData;
                return object;
            };

            /**
             * Converts this PackageRef to JSON.
             * @function toJSON
             * @memberof patchcast.v1.PackageRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PackageRef.prototype.toJSON = function() {
                return PackageRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PackageRef
             * @function getTypeUrl
             * @memberof patchcast.v1.PackageRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PackageRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.PackageRef";
            };

            return PackageRef;
        })();

        v1.InstallConditions = (function() {

            /**
             * Properties of an InstallConditions.
             * @typedef {Object} patchcast.v1.InstallConditions.$Properties
             * @property {boolean} [replaceExisting] InstallConditions replaceExisting
             * @property {google.protobuf.Timestamp.$Properties} [relayExpiresAt] InstallConditions relayExpiresAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstallConditions.
             * @memberof patchcast.v1
             * @interface IInstallConditions
             * @augments patchcast.v1.InstallConditions.$Properties
             * @deprecated Use patchcast.v1.InstallConditions.$Properties instead.
             */

            /**
             * Shape of an InstallConditions.
             * @typedef {patchcast.v1.InstallConditions.$Properties} patchcast.v1.InstallConditions.$Shape
             */

            /**
             * Constructs a new InstallConditions.
             * @memberof patchcast.v1
             * @classdesc Represents an InstallConditions.
             * @constructor
             * @param {patchcast.v1.InstallConditions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstallConditions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstallConditions replaceExisting.
             * @member {boolean} replaceExisting
             * @memberof patchcast.v1.InstallConditions
             * @instance
             */
            InstallConditions.prototype.replaceExisting = false;

            /**
             * InstallConditions relayExpiresAt.
             * @member {google.protobuf.Timestamp} relayExpiresAt
             * @memberof patchcast.v1.InstallConditions
             * @instance
             */
            InstallConditions.prototype.relayExpiresAt = null;

            /**
             * Creates a new InstallConditions instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {patchcast.v1.InstallConditions.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.InstallConditions} InstallConditions instance
             * @type {{
             *   (properties: patchcast.v1.InstallConditions.$Shape): patchcast.v1.InstallConditions & patchcast.v1.InstallConditions.$Shape;
             *   (properties?: patchcast.v1.InstallConditions.$Properties): patchcast.v1.InstallConditions;
             * }}
             */
            InstallConditions.create = function(properties) {
                return new InstallConditions(properties);
            };

            /**
             * Encodes the specified InstallConditions message. Does not implicitly {@link patchcast.v1.InstallConditions.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {patchcast.v1.InstallConditions.$Properties} message InstallConditions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallConditions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replaceExisting != null && $Object.hasOwnProperty.call(message, "replaceExisting") && message.replaceExisting !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.replaceExisting);
                if (message.relayExpiresAt != null && $Object.hasOwnProperty.call(message, "relayExpiresAt"))
                    $root.google.protobuf.Timestamp.encode(message.relayExpiresAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InstallConditions message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.InstallConditions & patchcast.v1.InstallConditions.$Shape} InstallConditions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallConditions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.InstallConditions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replaceExisting = value;
                            else
                                delete message.replaceExisting;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.relayExpiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.relayExpiresAt);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an InstallConditions message.
             * @function verify
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstallConditions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.replaceExisting != null && $Object.hasOwnProperty.call(message, "replaceExisting"))
                    if (typeof message.replaceExisting !== "boolean")
                        return "replaceExisting: boolean expected";
                if (message.relayExpiresAt != null && $Object.hasOwnProperty.call(message, "relayExpiresAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.relayExpiresAt, _depth + 1);
                    if (error)
                        return "relayExpiresAt." + error;
                }
                return null;
            };

            /**
             * Creates an InstallConditions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.InstallConditions} InstallConditions
             */
            InstallConditions.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.InstallConditions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.InstallConditions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.InstallConditions();
                if (object.replaceExisting != null)
                    if (object.replaceExisting)
                        message.replaceExisting = $Boolean(object.replaceExisting);
                if (object.relayExpiresAt != null) {
                    if (!$util.isObject(object.relayExpiresAt))
                        throw $TypeError(".patchcast.v1.InstallConditions.relayExpiresAt: object expected");
                    message.relayExpiresAt = $root.google.protobuf.Timestamp.fromObject(object.relayExpiresAt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an InstallConditions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {patchcast.v1.InstallConditions} message InstallConditions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstallConditions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.replaceExisting = false;
                    object.relayExpiresAt = null;
                }
                if (message.replaceExisting != null && $Object.hasOwnProperty.call(message, "replaceExisting"))
                    object.replaceExisting = message.replaceExisting;
                if (message.relayExpiresAt != null && $Object.hasOwnProperty.call(message, "relayExpiresAt"))
                    object.relayExpiresAt = $root.google.protobuf.Timestamp.toObject(message.relayExpiresAt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this InstallConditions to JSON.
             * @function toJSON
             * @memberof patchcast.v1.InstallConditions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstallConditions.prototype.toJSON = function() {
                return InstallConditions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstallConditions
             * @function getTypeUrl
             * @memberof patchcast.v1.InstallConditions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstallConditions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.InstallConditions";
            };

            return InstallConditions;
        })();

        v1.JobOffer = (function() {

            /**
             * Properties of a JobOffer.
             * @typedef {Object} patchcast.v1.JobOffer.$Properties
             * @property {string} [jobId] JobOffer jobId
             * @property {string} [jobName] JobOffer jobName
             * @property {string} [clientId] JobOffer clientId
             * @property {patchcast.v1.JobType} [type] JobOffer type
             * @property {patchcast.v1.PackageRef.$Properties} ["package"] JobOffer package
             * @property {patchcast.v1.InstallConditions.$Properties} [conditions] JobOffer conditions
             * @property {google.protobuf.Timestamp.$Properties} [executeAt] JobOffer executeAt
             * @property {boolean} [restartConfirm] JobOffer restartConfirm
             * @property {google.protobuf.Timestamp.$Properties} [issuedAt] JobOffer issuedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobOffer.
             * @memberof patchcast.v1
             * @interface IJobOffer
             * @augments patchcast.v1.JobOffer.$Properties
             * @deprecated Use patchcast.v1.JobOffer.$Properties instead.
             */

            /**
             * Shape of a JobOffer.
             * @typedef {patchcast.v1.JobOffer.$Properties} patchcast.v1.JobOffer.$Shape
             */

            /**
             * Constructs a new JobOffer.
             * @memberof patchcast.v1
             * @classdesc Represents a JobOffer.
             * @constructor
             * @param {patchcast.v1.JobOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobOffer jobId.
             * @member {string} jobId
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.jobId = "";

            /**
             * JobOffer jobName.
             * @member {string} jobName
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.jobName = "";

            /**
             * JobOffer clientId.
             * @member {string} clientId
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.clientId = "";

            /**
             * JobOffer type.
             * @member {patchcast.v1.JobType} type
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.type = 0;

            /**
             * JobOffer package.
             * @member {patchcast.v1.PackageRef} package
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype["package"] = null;

            /**
             * JobOffer conditions.
             * @member {patchcast.v1.InstallConditions} conditions
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.conditions = null;

            /**
             * JobOffer executeAt.
             * @member {google.protobuf.Timestamp} executeAt
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.executeAt = null;

            /**
             * JobOffer restartConfirm.
             * @member {boolean} restartConfirm
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.restartConfirm = false;

            /**
             * JobOffer issuedAt.
             * @member {google.protobuf.Timestamp} issuedAt
             * @memberof patchcast.v1.JobOffer
             * @instance
             */
            JobOffer.prototype.issuedAt = null;

            /**
             * Creates a new JobOffer instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {patchcast.v1.JobOffer.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.JobOffer} JobOffer instance
             * @type {{
             *   (properties: patchcast.v1.JobOffer.$Shape): patchcast.v1.JobOffer & patchcast.v1.JobOffer.$Shape;
             *   (properties?: patchcast.v1.JobOffer.$Properties): patchcast.v1.JobOffer;
             * }}
             */
            JobOffer.create = function(properties) {
                return new JobOffer(properties);
            };

            /**
             * Encodes the specified JobOffer message. Does not implicitly {@link patchcast.v1.JobOffer.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {patchcast.v1.JobOffer.$Properties} message JobOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.jobName != null && $Object.hasOwnProperty.call(message, "jobName") && message.jobName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.jobName);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
                if (message["package"] != null && $Object.hasOwnProperty.call(message, "package"))
                    $root.patchcast.v1.PackageRef.encode(message["package"], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.conditions != null && $Object.hasOwnProperty.call(message, "conditions"))
                    $root.patchcast.v1.InstallConditions.encode(message.conditions, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.executeAt != null && $Object.hasOwnProperty.call(message, "executeAt"))
                    $root.google.protobuf.Timestamp.encode(message.executeAt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.restartConfirm != null && $Object.hasOwnProperty.call(message, "restartConfirm") && message.restartConfirm !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.restartConfirm);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    $root.google.protobuf.Timestamp.encode(message.issuedAt, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobOffer message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.JobOffer & patchcast.v1.JobOffer.$Shape} JobOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.JobOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobName = value;
                            else
                                delete message.jobName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message["package"] = $root.patchcast.v1.PackageRef.decode(reader, reader.size(), $undefined, _depth + 1, message["package"]);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.conditions = $root.patchcast.v1.InstallConditions.decode(reader, reader.size(), $undefined, _depth + 1, message.conditions);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.executeAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.executeAt);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.restartConfirm = value;
                            else
                                delete message.restartConfirm;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.issuedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.issuedAt);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a JobOffer message.
             * @function verify
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.jobName != null && $Object.hasOwnProperty.call(message, "jobName"))
                    if (!$util.isString(message.jobName))
                        return "jobName: string expected";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message["package"] != null && $Object.hasOwnProperty.call(message, "package")) {
                    let error = $root.patchcast.v1.PackageRef.verify(message["package"], _depth + 1);
                    if (error)
                        return "package." + error;
                }
                if (message.conditions != null && $Object.hasOwnProperty.call(message, "conditions")) {
                    let error = $root.patchcast.v1.InstallConditions.verify(message.conditions, _depth + 1);
                    if (error)
                        return "conditions." + error;
                }
                if (message.executeAt != null && $Object.hasOwnProperty.call(message, "executeAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.executeAt, _depth + 1);
                    if (error)
                        return "executeAt." + error;
                }
                if (message.restartConfirm != null && $Object.hasOwnProperty.call(message, "restartConfirm"))
                    if (typeof message.restartConfirm !== "boolean")
                        return "restartConfirm: boolean expected";
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.issuedAt, _depth + 1);
                    if (error)
                        return "issuedAt." + error;
                }
                return null;
            };

            /**
             * Creates a JobOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.JobOffer} JobOffer
             */
            JobOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.JobOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.JobOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.JobOffer();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.jobName != null)
                    if (typeof object.jobName !== "string" || object.jobName.length)
                        message.jobName = $String(object.jobName);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.patchcast.v1.JobType[object.type] !== 0))
                    switch (object.type) {
                    case "JOB_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "JOB_TYPE_INSTALL_PACKAGE":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object["package"] != null) {
                    if (!$util.isObject(object["package"]))
                        throw $TypeError(".patchcast.v1.JobOffer.package: object expected");
                    message["package"] = $root.patchcast.v1.PackageRef.fromObject(object["package"], _depth + 1);
                }
                if (object.conditions != null) {
                    if (!$util.isObject(object.conditions))
                        throw $TypeError(".patchcast.v1.JobOffer.conditions: object expected");
                    message.conditions = $root.patchcast.v1.InstallConditions.fromObject(object.conditions, _depth + 1);
                }
                if (object.executeAt != null) {
                    if (!$util.isObject(object.executeAt))
                        throw $TypeError(".patchcast.v1.JobOffer.executeAt: object expected");
                    message.executeAt = $root.google.protobuf.Timestamp.fromObject(object.executeAt, _depth + 1);
                }
                if (object.restartConfirm != null)
                    if (object.restartConfirm)
                        message.restartConfirm = $Boolean(object.restartConfirm);
                if (object.issuedAt != null) {
                    if (!$util.isObject(object.issuedAt))
                        throw $TypeError(".patchcast.v1.JobOffer.issuedAt: object expected");
                    message.issuedAt = $root.google.protobuf.Timestamp.fromObject(object.issuedAt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a JobOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {patchcast.v1.JobOffer} message JobOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.jobName = "";
                    object.clientId = "";
                    object.type = options.enums === $String ? "JOB_TYPE_UNSPECIFIED" : 0;
                    object["package"] = null;
                    object.conditions = null;
                    object.executeAt = null;
                    object.restartConfirm = false;
                    object.issuedAt = null;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.jobName != null && $Object.hasOwnProperty.call(message, "jobName"))
                    object.jobName = message.jobName;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.patchcast.v1.JobType[message.type] === $undefined ? message.type : $root.patchcast.v1.JobType[message.type] : message.type;
                if (message["package"] != null && $Object.hasOwnProperty.call(message, "package"))
                    object["package"] = $root.patchcast.v1.PackageRef.toObject(message["package"], options, _depth + 1);
                if (message.conditions != null && $Object.hasOwnProperty.call(message, "conditions"))
                    object.conditions = $root.patchcast.v1.InstallConditions.toObject(message.conditions, options, _depth + 1);
                if (message.executeAt != null && $Object.hasOwnProperty.call(message, "executeAt"))
                    object.executeAt = $root.google.protobuf.Timestamp.toObject(message.executeAt, options, _depth + 1);
                if (message.restartConfirm != null && $Object.hasOwnProperty.call(message, "restartConfirm"))
                    object.restartConfirm = message.restartConfirm;
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    object.issuedAt = $root.google.protobuf.Timestamp.toObject(message.issuedAt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this JobOffer to JSON.
             * @function toJSON
             * @memberof patchcast.v1.JobOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobOffer.prototype.toJSON = function() {
                return JobOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobOffer
             * @function getTypeUrl
             * @memberof patchcast.v1.JobOffer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.JobOffer";
            };

            return JobOffer;
        })();

        v1.SignedJobOffer = (function() {

            /**
             * Properties of a SignedJobOffer.
             * @typedef {Object} patchcast.v1.SignedJobOffer.$Properties
             * @property {Uint8Array} [offer] SignedJobOffer offer
             * @property {patchcast.v1.SignatureAlgorithm} [algorithm] SignedJobOffer algorithm
             * @property {Uint8Array} [signature] SignedJobOffer signature
             * @property {Array.<Uint8Array>} [signerCertificates] SignedJobOffer signerCertificates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedJobOffer.
             * @memberof patchcast.v1
             * @interface ISignedJobOffer
             * @augments patchcast.v1.SignedJobOffer.$Properties
             * @deprecated Use patchcast.v1.SignedJobOffer.$Properties instead.
             */

            /**
             * Shape of a SignedJobOffer.
             * @typedef {patchcast.v1.SignedJobOffer.$Properties} patchcast.v1.SignedJobOffer.$Shape
             */

            /**
             * Constructs a new SignedJobOffer.
             * @memberof patchcast.v1
             * @classdesc Represents a SignedJobOffer.
             * @constructor
             * @param {patchcast.v1.SignedJobOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedJobOffer = function (properties) {
                this.signerCertificates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedJobOffer offer.
             * @member {Uint8Array} offer
             * @memberof patchcast.v1.SignedJobOffer
             * @instance
             */
            SignedJobOffer.prototype.offer = $util.newBuffer([]);

            /**
             * SignedJobOffer algorithm.
             * @member {patchcast.v1.SignatureAlgorithm} algorithm
             * @memberof patchcast.v1.SignedJobOffer
             * @instance
             */
            SignedJobOffer.prototype.algorithm = 0;

            /**
             * SignedJobOffer signature.
             * @member {Uint8Array} signature
             * @memberof patchcast.v1.SignedJobOffer
             * @instance
             */
            SignedJobOffer.prototype.signature = $util.newBuffer([]);

            /**
             * SignedJobOffer signerCertificates.
             * @member {Array.<Uint8Array>} signerCertificates
             * @memberof patchcast.v1.SignedJobOffer
             * @instance
             */
            SignedJobOffer.prototype.signerCertificates = $util.emptyArray;

            /**
             * Creates a new SignedJobOffer instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {patchcast.v1.SignedJobOffer.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.SignedJobOffer} SignedJobOffer instance
             * @type {{
             *   (properties: patchcast.v1.SignedJobOffer.$Shape): patchcast.v1.SignedJobOffer & patchcast.v1.SignedJobOffer.$Shape;
             *   (properties?: patchcast.v1.SignedJobOffer.$Properties): patchcast.v1.SignedJobOffer;
             * }}
             */
            SignedJobOffer.create = function(properties) {
                return new SignedJobOffer(properties);
            };

            /**
             * Encodes the specified SignedJobOffer message. Does not implicitly {@link patchcast.v1.SignedJobOffer.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {patchcast.v1.SignedJobOffer.$Properties} message SignedJobOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedJobOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer") && message.offer.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.offer);
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.algorithm);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.signerCertificates != null && message.signerCertificates.length)
                    for (let i = 0; i < message.signerCertificates.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signerCertificates[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedJobOffer message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.SignedJobOffer & patchcast.v1.SignedJobOffer.$Shape} SignedJobOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedJobOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.SignedJobOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.offer = value;
                            else
                                delete message.offer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.algorithm = value;
                            else
                                delete message.algorithm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signerCertificates && message.signerCertificates.length))
                                message.signerCertificates = [];
                            message.signerCertificates.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SignedJobOffer message.
             * @function verify
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedJobOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    if (!(message.offer && typeof message.offer.length === "number" || $util.isString(message.offer)))
                        return "offer: buffer expected";
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    if (typeof message.algorithm !== "number" || (message.algorithm | 0) !== message.algorithm)
                        return "algorithm: enum value expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.signerCertificates != null && $Object.hasOwnProperty.call(message, "signerCertificates")) {
                    if (!$Array.isArray(message.signerCertificates))
                        return "signerCertificates: array expected";
                    for (let i = 0; i < message.signerCertificates.length; ++i)
                        if (!(message.signerCertificates[i] && typeof message.signerCertificates[i].length === "number" || $util.isString(message.signerCertificates[i])))
                            return "signerCertificates: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a SignedJobOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.SignedJobOffer} SignedJobOffer
             */
            SignedJobOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.SignedJobOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.SignedJobOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.SignedJobOffer();
                if (object.offer != null)
                    if (object.offer.length)
                        if (typeof object.offer === "string")
                            $util.base64.decode(object.offer, message.offer = $util.newBuffer($util.base64.length(object.offer)), 0);
                        else if (object.offer.length >= 0)
                            message.offer = object.offer;
                if (object.algorithm !== 0 && (typeof object.algorithm !== "string" || $root.patchcast.v1.SignatureAlgorithm[object.algorithm] !== 0))
                    switch (object.algorithm) {
                    case "SIGNATURE_ALGORITHM_UNSPECIFIED":
                    case 0:
                        message.algorithm = 0;
                        break;
                    case "SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256":
                    case 1:
                        message.algorithm = 1;
                        break;
                    case "SIGNATURE_ALGORITHM_ECDSA_P256_SHA256":
                    case 2:
                        message.algorithm = 2;
                        break;
                    default:
                        if (typeof object.algorithm === "number" && (object.algorithm | 0) === object.algorithm)
                            message.algorithm = object.algorithm;
                    }
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signerCertificates) {
                    if (!$Array.isArray(object.signerCertificates))
                        throw $TypeError(".patchcast.v1.SignedJobOffer.signerCertificates: array expected");
                    message.signerCertificates = $Array(object.signerCertificates.length);
                    for (let i = 0; i < object.signerCertificates.length; ++i)
                        if (typeof object.signerCertificates[i] === "string")
                            $util.base64.decode(object.signerCertificates[i], message.signerCertificates[i] = $util.newBuffer($util.base64.length(object.signerCertificates[i])), 0);
                        else if (object.signerCertificates[i].length >= 0)
                            message.signerCertificates[i] = object.signerCertificates[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a SignedJobOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {patchcast.v1.SignedJobOffer} message SignedJobOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedJobOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.signerCertificates = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.offer = "";
                    else {
                        object.offer = [];
                        if (options.bytes !== $Array)
                            object.offer = $util.newBuffer(object.offer);
                    }
                    object.algorithm = options.enums === $String ? "SIGNATURE_ALGORITHM_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    object.offer = options.bytes === $String ? $util.base64.encode(message.offer, 0, message.offer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.offer) : message.offer;
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    object.algorithm = options.enums === $String ? $root.patchcast.v1.SignatureAlgorithm[message.algorithm] === $undefined ? message.algorithm : $root.patchcast.v1.SignatureAlgorithm[message.algorithm] : message.algorithm;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signerCertificates && message.signerCertificates.length) {
                    object.signerCertificates = $Array(message.signerCertificates.length);
                    for (let j = 0; j < message.signerCertificates.length; ++j)
                        object.signerCertificates[j] = options.bytes === $String ? $util.base64.encode(message.signerCertificates[j], 0, message.signerCertificates[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signerCertificates[j]) : message.signerCertificates[j];
                }
                return object;
            };

            /**
             * Converts this SignedJobOffer to JSON.
             * @function toJSON
             * @memberof patchcast.v1.SignedJobOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedJobOffer.prototype.toJSON = function() {
                return SignedJobOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedJobOffer
             * @function getTypeUrl
             * @memberof patchcast.v1.SignedJobOffer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedJobOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.SignedJobOffer";
            };

            return SignedJobOffer;
        })();

        /**
         * RestartAnswer enum.
         * @name patchcast.v1.RestartAnswer
         * @enum {number}
         * @property {number} RESTART_ANSWER_UNSPECIFIED=0 RESTART_ANSWER_UNSPECIFIED value
         * @property {number} RESTART_ANSWER_YES=1 RESTART_ANSWER_YES value
         * @property {number} RESTART_ANSWER_NO=2 RESTART_ANSWER_NO value
         */
        v1.RestartAnswer = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESTART_ANSWER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESTART_ANSWER_YES"] = 1;
            values[valuesById[2] = "RESTART_ANSWER_NO"] = 2;
            return values;
        })();

        v1.RestartConfirmResult = (function() {

            /**
             * Properties of a RestartConfirmResult.
             * @typedef {Object} patchcast.v1.RestartConfirmResult.$Properties
             * @property {string} [jobId] RestartConfirmResult jobId
             * @property {patchcast.v1.RestartAnswer} [answer] RestartConfirmResult answer
             * @property {google.protobuf.Timestamp.$Properties} [answeredAt] RestartConfirmResult answeredAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestartConfirmResult.
             * @memberof patchcast.v1
             * @interface IRestartConfirmResult
             * @augments patchcast.v1.RestartConfirmResult.$Properties
             * @deprecated Use patchcast.v1.RestartConfirmResult.$Properties instead.
             */

            /**
             * Shape of a RestartConfirmResult.
             * @typedef {patchcast.v1.RestartConfirmResult.$Properties} patchcast.v1.RestartConfirmResult.$Shape
             */

            /**
             * Constructs a new RestartConfirmResult.
             * @memberof patchcast.v1
             * @classdesc Represents a RestartConfirmResult.
             * @constructor
             * @param {patchcast.v1.RestartConfirmResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestartConfirmResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestartConfirmResult jobId.
             * @member {string} jobId
             * @memberof patchcast.v1.RestartConfirmResult
             * @instance
             */
            RestartConfirmResult.prototype.jobId = "";

            /**
             * RestartConfirmResult answer.
             * @member {patchcast.v1.RestartAnswer} answer
             * @memberof patchcast.v1.RestartConfirmResult
             * @instance
             */
            RestartConfirmResult.prototype.answer = 0;

            /**
             * RestartConfirmResult answeredAt.
             * @member {google.protobuf.Timestamp} answeredAt
             * @memberof patchcast.v1.RestartConfirmResult
             * @instance
             */
            RestartConfirmResult.prototype.answeredAt = null;

            /**
             * Creates a new RestartConfirmResult instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {patchcast.v1.RestartConfirmResult.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.RestartConfirmResult} RestartConfirmResult instance
             * @type {{
             *   (properties: patchcast.v1.RestartConfirmResult.$Shape): patchcast.v1.RestartConfirmResult & patchcast.v1.RestartConfirmResult.$Shape;
             *   (properties?: patchcast.v1.RestartConfirmResult.$Properties): patchcast.v1.RestartConfirmResult;
             * }}
             */
            RestartConfirmResult.create = function(properties) {
                return new RestartConfirmResult(properties);
            };

            /**
             * Encodes the specified RestartConfirmResult message. Does not implicitly {@link patchcast.v1.RestartConfirmResult.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {patchcast.v1.RestartConfirmResult.$Properties} message RestartConfirmResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestartConfirmResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer") && message.answer !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.answer);
                if (message.answeredAt != null && $Object.hasOwnProperty.call(message, "answeredAt"))
                    $root.google.protobuf.Timestamp.encode(message.answeredAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestartConfirmResult message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.RestartConfirmResult & patchcast.v1.RestartConfirmResult.$Shape} RestartConfirmResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestartConfirmResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.RestartConfirmResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.answer = value;
                            else
                                delete message.answer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.answeredAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.answeredAt);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RestartConfirmResult message.
             * @function verify
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RestartConfirmResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                    if (typeof message.answer !== "number" || (message.answer | 0) !== message.answer)
                        return "answer: enum value expected";
                if (message.answeredAt != null && $Object.hasOwnProperty.call(message, "answeredAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.answeredAt, _depth + 1);
                    if (error)
                        return "answeredAt." + error;
                }
                return null;
            };

            /**
             * Creates a RestartConfirmResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.RestartConfirmResult} RestartConfirmResult
             */
            RestartConfirmResult.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.RestartConfirmResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.RestartConfirmResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.RestartConfirmResult();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.answer !== 0 && (typeof object.answer !== "string" || $root.patchcast.v1.RestartAnswer[object.answer] !== 0))
                    switch (object.answer) {
                    case "RESTART_ANSWER_UNSPECIFIED":
                    case 0:
                        message.answer = 0;
                        break;
                    case "RESTART_ANSWER_YES":
                    case 1:
                        message.answer = 1;
                        break;
                    case "RESTART_ANSWER_NO":
                    case 2:
                        message.answer = 2;
                        break;
                    default:
                        if (typeof object.answer === "number" && (object.answer | 0) === object.answer)
                            message.answer = object.answer;
                    }
                if (object.answeredAt != null) {
                    if (!$util.isObject(object.answeredAt))
                        throw $TypeError(".patchcast.v1.RestartConfirmResult.answeredAt: object expected");
                    message.answeredAt = $root.google.protobuf.Timestamp.fromObject(object.answeredAt, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RestartConfirmResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {patchcast.v1.RestartConfirmResult} message RestartConfirmResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestartConfirmResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.answer = options.enums === $String ? "RESTART_ANSWER_UNSPECIFIED" : 0;
                    object.answeredAt = null;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                    object.answer = options.enums === $String ? $root.patchcast.v1.RestartAnswer[message.answer] === $undefined ? message.answer : $root.patchcast.v1.RestartAnswer[message.answer] : message.answer;
                if (message.answeredAt != null && $Object.hasOwnProperty.call(message, "answeredAt"))
                    object.answeredAt = $root.google.protobuf.Timestamp.toObject(message.answeredAt, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RestartConfirmResult to JSON.
             * @function toJSON
             * @memberof patchcast.v1.RestartConfirmResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestartConfirmResult.prototype.toJSON = function() {
                return RestartConfirmResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestartConfirmResult
             * @function getTypeUrl
             * @memberof patchcast.v1.RestartConfirmResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestartConfirmResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.RestartConfirmResult";
            };

            return RestartConfirmResult;
        })();

        /**
         * ProgressPhase enum.
         * @name patchcast.v1.ProgressPhase
         * @enum {number}
         * @property {number} PROGRESS_PHASE_UNSPECIFIED=0 PROGRESS_PHASE_UNSPECIFIED value
         * @property {number} PROGRESS_PHASE_DOWNLOAD=1 PROGRESS_PHASE_DOWNLOAD value
         * @property {number} PROGRESS_PHASE_INSTALL=2 PROGRESS_PHASE_INSTALL value
         */
        v1.ProgressPhase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROGRESS_PHASE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROGRESS_PHASE_DOWNLOAD"] = 1;
            values[valuesById[2] = "PROGRESS_PHASE_INSTALL"] = 2;
            return values;
        })();

        v1.Progress = (function() {

            /**
             * Properties of a Progress.
             * @typedef {Object} patchcast.v1.Progress.$Properties
             * @property {string} [jobId] Progress jobId
             * @property {patchcast.v1.ProgressPhase} [phase] Progress phase
             * @property {number} [done] Progress done
             * @property {number} [total] Progress total
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Progress.
             * @memberof patchcast.v1
             * @interface IProgress
             * @augments patchcast.v1.Progress.$Properties
             * @deprecated Use patchcast.v1.Progress.$Properties instead.
             */

            /**
             * Shape of a Progress.
             * @typedef {patchcast.v1.Progress.$Properties} patchcast.v1.Progress.$Shape
             */

            /**
             * Constructs a new Progress.
             * @memberof patchcast.v1
             * @classdesc Represents a Progress.
             * @constructor
             * @param {patchcast.v1.Progress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Progress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Progress jobId.
             * @member {string} jobId
             * @memberof patchcast.v1.Progress
             * @instance
             */
            Progress.prototype.jobId = "";

            /**
             * Progress phase.
             * @member {patchcast.v1.ProgressPhase} phase
             * @memberof patchcast.v1.Progress
             * @instance
             */
            Progress.prototype.phase = 0;

            /**
             * Progress done.
             * @member {number} done
             * @memberof patchcast.v1.Progress
             * @instance
             */
            Progress.prototype.done = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Progress total.
             * @member {number} total
             * @memberof patchcast.v1.Progress
             * @instance
             */
            Progress.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Progress instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Progress
             * @static
             * @param {patchcast.v1.Progress.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Progress} Progress instance
             * @type {{
             *   (properties: patchcast.v1.Progress.$Shape): patchcast.v1.Progress & patchcast.v1.Progress.$Shape;
             *   (properties?: patchcast.v1.Progress.$Properties): patchcast.v1.Progress;
             * }}
             */
            Progress.create = function(properties) {
                return new Progress(properties);
            };

            /**
             * Encodes the specified Progress message. Does not implicitly {@link patchcast.v1.Progress.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Progress
             * @static
             * @param {patchcast.v1.Progress.$Properties} message Progress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Progress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.phase);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && (typeof message.done === "object" ? message.done.low || message.done.high : message.done !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.done);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.total);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Progress message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Progress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Progress & patchcast.v1.Progress.$Shape} Progress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Progress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Progress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Progress message.
             * @function verify
             * @memberof patchcast.v1.Progress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Progress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (typeof message.phase !== "number" || (message.phase | 0) !== message.phase)
                        return "phase: enum value expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (!$util.isInteger(message.done) && !(message.done && $util.isInteger(message.done.low) && $util.isInteger(message.done.high)))
                        return "done: integer|Long expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                        return "total: integer|Long expected";
                return null;
            };

            /**
             * Creates a Progress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Progress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Progress} Progress
             */
            Progress.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Progress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Progress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Progress();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.phase !== 0 && (typeof object.phase !== "string" || $root.patchcast.v1.ProgressPhase[object.phase] !== 0))
                    switch (object.phase) {
                    case "PROGRESS_PHASE_UNSPECIFIED":
                    case 0:
                        message.phase = 0;
                        break;
                    case "PROGRESS_PHASE_DOWNLOAD":
                    case 1:
                        message.phase = 1;
                        break;
                    case "PROGRESS_PHASE_INSTALL":
                    case 2:
                        message.phase = 2;
                        break;
                    default:
                        if (typeof object.phase === "number" && (object.phase | 0) === object.phase)
                            message.phase = object.phase;
                    }
                if (object.done != null)
                    if (typeof object.done === "object" ? object.done.low || object.done.high : $Number(object.done) !== 0)
                        if ($util.Long)
                            message.done = $util.Long.fromValue(object.done, true);
                        else if (typeof object.done === "string")
                            message.done = $parseInt(object.done, 10);
                        else if (typeof object.done === "number")
                            message.done = object.done;
                        else if (typeof object.done === "object")
                            message.done = new $util.LongBits(object.done.low >>> 0, object.done.high >>> 0).toNumber(true);
                if (object.total != null)
                    if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                        if ($util.Long)
                            message.total = $util.Long.fromValue(object.total, true);
                        else if (typeof object.total === "string")
                            message.total = $parseInt(object.total, 10);
                        else if (typeof object.total === "number")
                            message.total = object.total;
                        else if (typeof object.total === "object")
                            message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Progress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Progress
             * @static
             * @param {patchcast.v1.Progress} message Progress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Progress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.phase = options.enums === $String ? "PROGRESS_PHASE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.done = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.done = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = options.enums === $String ? $root.patchcast.v1.ProgressPhase[message.phase] === $undefined ? message.phase : $root.patchcast.v1.ProgressPhase[message.phase] : message.phase;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.done = typeof message.done === "number" ? $BigInt(message.done) : $util.Long.fromBits(message.done.low >>> 0, message.done.high >>> 0, true).toBigInt();
                    else if (typeof message.done === "number")
                        object.done = options.longs === $String ? $String(message.done) : message.done;
                    else
                        object.done = options.longs === $String ? $util.Long.prototype.toString.call(message.done) : options.longs === $Number ? new $util.LongBits(message.done.low >>> 0, message.done.high >>> 0).toNumber(true) : message.done;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === $String ? $String(message.total) : message.total;
                    else
                        object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                return object;
            };

            /**
             * Converts this Progress to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Progress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Progress.prototype.toJSON = function() {
                return Progress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Progress
             * @function getTypeUrl
             * @memberof patchcast.v1.Progress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Progress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Progress";
            };

            return Progress;
        })();

        /**
         * JobState enum.
         * @name patchcast.v1.JobState
         * @enum {number}
         * @property {number} JOB_STATE_UNSPECIFIED=0 JOB_STATE_UNSPECIFIED value
         * @property {number} JOB_STATE_RECEIVED=1 JOB_STATE_RECEIVED value
         * @property {number} JOB_STATE_AWAITING_RESTART=2 JOB_STATE_AWAITING_RESTART value
         * @property {number} JOB_STATE_RESTARTING=3 JOB_STATE_RESTARTING value
         * @property {number} JOB_STATE_DOWNLOADING=4 JOB_STATE_DOWNLOADING value
         * @property {number} JOB_STATE_INSTALLING=5 JOB_STATE_INSTALLING value
         * @property {number} JOB_STATE_COMPLETED=6 JOB_STATE_COMPLETED value
         * @property {number} JOB_STATE_ERROR=7 JOB_STATE_ERROR value
         */
        v1.JobState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "JOB_STATE_RECEIVED"] = 1;
            values[valuesById[2] = "JOB_STATE_AWAITING_RESTART"] = 2;
            values[valuesById[3] = "JOB_STATE_RESTARTING"] = 3;
            values[valuesById[4] = "JOB_STATE_DOWNLOADING"] = 4;
            values[valuesById[5] = "JOB_STATE_INSTALLING"] = 5;
            values[valuesById[6] = "JOB_STATE_COMPLETED"] = 6;
            values[valuesById[7] = "JOB_STATE_ERROR"] = 7;
            return values;
        })();

        v1.StatusReport = (function() {

            /**
             * Properties of a StatusReport.
             * @typedef {Object} patchcast.v1.StatusReport.$Properties
             * @property {string} [jobId] StatusReport jobId
             * @property {patchcast.v1.JobState} [state] StatusReport state
             * @property {google.protobuf.Timestamp.$Properties} [occurredAt] StatusReport occurredAt
             * @property {string} [maintenanceCode] StatusReport maintenanceCode
             * @property {string} [detail] StatusReport detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReport.
             * @memberof patchcast.v1
             * @interface IStatusReport
             * @augments patchcast.v1.StatusReport.$Properties
             * @deprecated Use patchcast.v1.StatusReport.$Properties instead.
             */

            /**
             * Shape of a StatusReport.
             * @typedef {patchcast.v1.StatusReport.$Properties} patchcast.v1.StatusReport.$Shape
             */

            /**
             * Constructs a new StatusReport.
             * @memberof patchcast.v1
             * @classdesc Represents a StatusReport.
             * @constructor
             * @param {patchcast.v1.StatusReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusReport jobId.
             * @member {string} jobId
             * @memberof patchcast.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.jobId = "";

            /**
             * StatusReport state.
             * @member {patchcast.v1.JobState} state
             * @memberof patchcast.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.state = 0;

            /**
             * StatusReport occurredAt.
             * @member {google.protobuf.Timestamp} occurredAt
             * @memberof patchcast.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.occurredAt = null;

            /**
             * StatusReport maintenanceCode.
             * @member {string} maintenanceCode
             * @memberof patchcast.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.maintenanceCode = "";

            /**
             * StatusReport detail.
             * @member {string} detail
             * @memberof patchcast.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.detail = "";

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {patchcast.v1.StatusReport.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.StatusReport} StatusReport instance
             * @type {{
             *   (properties: patchcast.v1.StatusReport.$Shape): patchcast.v1.StatusReport & patchcast.v1.StatusReport.$Shape;
             *   (properties?: patchcast.v1.StatusReport.$Properties): patchcast.v1.StatusReport;
             * }}
             */
            StatusReport.create = function(properties) {
                return new StatusReport(properties);
            };

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link patchcast.v1.StatusReport.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {patchcast.v1.StatusReport.$Properties} message StatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                    $root.google.protobuf.Timestamp.encode(message.occurredAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode") && message.maintenanceCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.maintenanceCode);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.StatusReport & patchcast.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.StatusReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.occurredAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.occurredAt);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.maintenanceCode = value;
                            else
                                delete message.maintenanceCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatusReport message.
             * @function verify
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.occurredAt, _depth + 1);
                    if (error)
                        return "occurredAt." + error;
                }
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    if (!$util.isString(message.maintenanceCode))
                        return "maintenanceCode: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.StatusReport} StatusReport
             */
            StatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.StatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.StatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.StatusReport();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.patchcast.v1.JobState[object.state] !== 0))
                    switch (object.state) {
                    case "JOB_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "JOB_STATE_RECEIVED":
                    case 1:
                        message.state = 1;
                        break;
                    case "JOB_STATE_AWAITING_RESTART":
                    case 2:
                        message.state = 2;
                        break;
                    case "JOB_STATE_RESTARTING":
                    case 3:
                        message.state = 3;
                        break;
                    case "JOB_STATE_DOWNLOADING":
                    case 4:
                        message.state = 4;
                        break;
                    case "JOB_STATE_INSTALLING":
                    case 5:
                        message.state = 5;
                        break;
                    case "JOB_STATE_COMPLETED":
                    case 6:
                        message.state = 6;
                        break;
                    case "JOB_STATE_ERROR":
                    case 7:
                        message.state = 7;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.occurredAt != null) {
                    if (!$util.isObject(object.occurredAt))
                        throw $TypeError(".patchcast.v1.StatusReport.occurredAt: object expected");
                    message.occurredAt = $root.google.protobuf.Timestamp.fromObject(object.occurredAt, _depth + 1);
                }
                if (object.maintenanceCode != null)
                    if (typeof object.maintenanceCode !== "string" || object.maintenanceCode.length)
                        message.maintenanceCode = $String(object.maintenanceCode);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {patchcast.v1.StatusReport} message StatusReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.state = options.enums === $String ? "JOB_STATE_UNSPECIFIED" : 0;
                    object.occurredAt = null;
                    object.maintenanceCode = "";
                    object.detail = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.patchcast.v1.JobState[message.state] === $undefined ? message.state : $root.patchcast.v1.JobState[message.state] : message.state;
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                    object.occurredAt = $root.google.protobuf.Timestamp.toObject(message.occurredAt, options, _depth + 1);
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    object.maintenanceCode = message.maintenanceCode;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this StatusReport to JSON.
             * @function toJSON
             * @memberof patchcast.v1.StatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReport.prototype.toJSON = function() {
                return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReport
             * @function getTypeUrl
             * @memberof patchcast.v1.StatusReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.StatusReport";
            };

            return StatusReport;
        })();

        v1.JobCancel = (function() {

            /**
             * Properties of a JobCancel.
             * @typedef {Object} patchcast.v1.JobCancel.$Properties
             * @property {string} [jobId] JobCancel jobId
             * @property {string} [reason] JobCancel reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobCancel.
             * @memberof patchcast.v1
             * @interface IJobCancel
             * @augments patchcast.v1.JobCancel.$Properties
             * @deprecated Use patchcast.v1.JobCancel.$Properties instead.
             */

            /**
             * Shape of a JobCancel.
             * @typedef {patchcast.v1.JobCancel.$Properties} patchcast.v1.JobCancel.$Shape
             */

            /**
             * Constructs a new JobCancel.
             * @memberof patchcast.v1
             * @classdesc Represents a JobCancel.
             * @constructor
             * @param {patchcast.v1.JobCancel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobCancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobCancel jobId.
             * @member {string} jobId
             * @memberof patchcast.v1.JobCancel
             * @instance
             */
            JobCancel.prototype.jobId = "";

            /**
             * JobCancel reason.
             * @member {string} reason
             * @memberof patchcast.v1.JobCancel
             * @instance
             */
            JobCancel.prototype.reason = "";

            /**
             * Creates a new JobCancel instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {patchcast.v1.JobCancel.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.JobCancel} JobCancel instance
             * @type {{
             *   (properties: patchcast.v1.JobCancel.$Shape): patchcast.v1.JobCancel & patchcast.v1.JobCancel.$Shape;
             *   (properties?: patchcast.v1.JobCancel.$Properties): patchcast.v1.JobCancel;
             * }}
             */
            JobCancel.create = function(properties) {
                return new JobCancel(properties);
            };

            /**
             * Encodes the specified JobCancel message. Does not implicitly {@link patchcast.v1.JobCancel.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {patchcast.v1.JobCancel.$Properties} message JobCancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobCancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobCancel message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.JobCancel & patchcast.v1.JobCancel.$Shape} JobCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobCancel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.JobCancel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a JobCancel message.
             * @function verify
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobCancel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a JobCancel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.JobCancel} JobCancel
             */
            JobCancel.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.JobCancel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.JobCancel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.JobCancel();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a JobCancel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {patchcast.v1.JobCancel} message JobCancel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobCancel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.reason = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this JobCancel to JSON.
             * @function toJSON
             * @memberof patchcast.v1.JobCancel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobCancel.prototype.toJSON = function() {
                return JobCancel.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobCancel
             * @function getTypeUrl
             * @memberof patchcast.v1.JobCancel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobCancel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.JobCancel";
            };

            return JobCancel;
        })();

        /**
         * SignatureAlgorithm enum.
         * @name patchcast.v1.SignatureAlgorithm
         * @enum {number}
         * @property {number} SIGNATURE_ALGORITHM_UNSPECIFIED=0 SIGNATURE_ALGORITHM_UNSPECIFIED value
         * @property {number} SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256=1 SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256 value
         * @property {number} SIGNATURE_ALGORITHM_ECDSA_P256_SHA256=2 SIGNATURE_ALGORITHM_ECDSA_P256_SHA256 value
         */
        v1.SignatureAlgorithm = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SIGNATURE_ALGORITHM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256"] = 1;
            values[valuesById[2] = "SIGNATURE_ALGORITHM_ECDSA_P256_SHA256"] = 2;
            return values;
        })();

        /**
         * Role enum.
         * @name patchcast.v1.Role
         * @enum {number}
         * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
         * @property {number} ROLE_SECURITY_PC=1 ROLE_SECURITY_PC value
         * @property {number} ROLE_STANDARD=2 ROLE_STANDARD value
         */
        v1.Role = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ROLE_SECURITY_PC"] = 1;
            values[valuesById[2] = "ROLE_STANDARD"] = 2;
            return values;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} patchcast.v1.Hello.$Properties
             * @property {number} [protocolVersion] Hello protocolVersion
             * @property {string} [pcId] Hello pcId
             * @property {string} [hostName] Hello hostName
             * @property {patchcast.v1.Role} [role] Hello role
             * @property {string} [agentVersion] Hello agentVersion
             * @property {string} [os] Hello os
             * @property {Array.<string>} [installedUpdates] Hello installedUpdates
             * @property {string} [stateId] Hello stateId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof patchcast.v1
             * @interface IHello
             * @augments patchcast.v1.Hello.$Properties
             * @deprecated Use patchcast.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {patchcast.v1.Hello.$Properties} patchcast.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof patchcast.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {patchcast.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                this.installedUpdates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello pcId.
             * @member {string} pcId
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.pcId = "";

            /**
             * Hello hostName.
             * @member {string} hostName
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.hostName = "";

            /**
             * Hello role.
             * @member {patchcast.v1.Role} role
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.role = 0;

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Hello os.
             * @member {string} os
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.os = "";

            /**
             * Hello installedUpdates.
             * @member {Array.<string>} installedUpdates
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.installedUpdates = $util.emptyArray;

            /**
             * Hello stateId.
             * @member {string} stateId
             * @memberof patchcast.v1.Hello
             * @instance
             */
            Hello.prototype.stateId = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Hello
             * @static
             * @param {patchcast.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Hello} Hello instance
             * @type {{
             *   (properties: patchcast.v1.Hello.$Shape): patchcast.v1.Hello & patchcast.v1.Hello.$Shape;
             *   (properties?: patchcast.v1.Hello.$Properties): patchcast.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link patchcast.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Hello
             * @static
             * @param {patchcast.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.pcId != null && $Object.hasOwnProperty.call(message, "pcId") && message.pcId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.pcId);
                if (message.hostName != null && $Object.hasOwnProperty.call(message, "hostName") && message.hostName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hostName);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.role);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.agentVersion);
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.os);
                if (message.installedUpdates != null && message.installedUpdates.length)
                    for (let i = 0; i < message.installedUpdates.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.installedUpdates[i]);
                if (message.stateId != null && $Object.hasOwnProperty.call(message, "stateId") && message.stateId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.stateId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Hello & patchcast.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pcId = value;
                            else
                                delete message.pcId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostName = value;
                            else
                                delete message.hostName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.installedUpdates && message.installedUpdates.length))
                                message.installedUpdates = [];
                            message.installedUpdates.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stateId = value;
                            else
                                delete message.stateId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof patchcast.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.pcId != null && $Object.hasOwnProperty.call(message, "pcId"))
                    if (!$util.isString(message.pcId))
                        return "pcId: string expected";
                if (message.hostName != null && $Object.hasOwnProperty.call(message, "hostName"))
                    if (!$util.isString(message.hostName))
                        return "hostName: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    if (!$util.isString(message.os))
                        return "os: string expected";
                if (message.installedUpdates != null && $Object.hasOwnProperty.call(message, "installedUpdates")) {
                    if (!$Array.isArray(message.installedUpdates))
                        return "installedUpdates: array expected";
                    for (let i = 0; i < message.installedUpdates.length; ++i)
                        if (!$util.isString(message.installedUpdates[i]))
                            return "installedUpdates: string[] expected";
                }
                if (message.stateId != null && $Object.hasOwnProperty.call(message, "stateId"))
                    if (!$util.isString(message.stateId))
                        return "stateId: string expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Hello();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.pcId != null)
                    if (typeof object.pcId !== "string" || object.pcId.length)
                        message.pcId = $String(object.pcId);
                if (object.hostName != null)
                    if (typeof object.hostName !== "string" || object.hostName.length)
                        message.hostName = $String(object.hostName);
                if (object.role !== 0 && (typeof object.role !== "string" || $root.patchcast.v1.Role[object.role] !== 0))
                    switch (object.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "ROLE_SECURITY_PC":
                    case 1:
                        message.role = 1;
                        break;
                    case "ROLE_STANDARD":
                    case 2:
                        message.role = 2;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                if (object.installedUpdates) {
                    if (!$Array.isArray(object.installedUpdates))
                        throw $TypeError(".patchcast.v1.Hello.installedUpdates: array expected");
                    message.installedUpdates = $Array(object.installedUpdates.length);
                    for (let i = 0; i < object.installedUpdates.length; ++i)
                        message.installedUpdates[i] = $String(object.installedUpdates[i]);
                }
                if (object.stateId != null)
                    if (typeof object.stateId !== "string" || object.stateId.length)
                        message.stateId = $String(object.stateId);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Hello
             * @static
             * @param {patchcast.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.installedUpdates = [];
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.pcId = "";
                    object.hostName = "";
                    object.role = options.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    object.agentVersion = "";
                    object.os = "";
                    object.stateId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.pcId != null && $Object.hasOwnProperty.call(message, "pcId"))
                    object.pcId = message.pcId;
                if (message.hostName != null && $Object.hasOwnProperty.call(message, "hostName"))
                    object.hostName = message.hostName;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.patchcast.v1.Role[message.role] === $undefined ? message.role : $root.patchcast.v1.Role[message.role] : message.role;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                if (message.installedUpdates && message.installedUpdates.length) {
                    object.installedUpdates = $Array(message.installedUpdates.length);
                    for (let j = 0; j < message.installedUpdates.length; ++j)
                        object.installedUpdates[j] = message.installedUpdates[j];
                }
                if (message.stateId != null && $Object.hasOwnProperty.call(message, "stateId"))
                    object.stateId = message.stateId;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof patchcast.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Hello";
            };

            return Hello;
        })();

        v1.Challenge = (function() {

            /**
             * Properties of a Challenge.
             * @typedef {Object} patchcast.v1.Challenge.$Properties
             * @property {Uint8Array} [nonce] Challenge nonce
             * @property {Array.<Uint8Array>} [managerCertificates] Challenge managerCertificates
             * @property {google.protobuf.Timestamp.$Properties} [serverTime] Challenge serverTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Challenge.
             * @memberof patchcast.v1
             * @interface IChallenge
             * @augments patchcast.v1.Challenge.$Properties
             * @deprecated Use patchcast.v1.Challenge.$Properties instead.
             */

            /**
             * Shape of a Challenge.
             * @typedef {patchcast.v1.Challenge.$Properties} patchcast.v1.Challenge.$Shape
             */

            /**
             * Constructs a new Challenge.
             * @memberof patchcast.v1
             * @classdesc Represents a Challenge.
             * @constructor
             * @param {patchcast.v1.Challenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Challenge = function (properties) {
                this.managerCertificates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Challenge nonce.
             * @member {Uint8Array} nonce
             * @memberof patchcast.v1.Challenge
             * @instance
             */
            Challenge.prototype.nonce = $util.newBuffer([]);

            /**
             * Challenge managerCertificates.
             * @member {Array.<Uint8Array>} managerCertificates
             * @memberof patchcast.v1.Challenge
             * @instance
             */
            Challenge.prototype.managerCertificates = $util.emptyArray;

            /**
             * Challenge serverTime.
             * @member {google.protobuf.Timestamp} serverTime
             * @memberof patchcast.v1.Challenge
             * @instance
             */
            Challenge.prototype.serverTime = null;

            /**
             * Creates a new Challenge instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {patchcast.v1.Challenge.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Challenge} Challenge instance
             * @type {{
             *   (properties: patchcast.v1.Challenge.$Shape): patchcast.v1.Challenge & patchcast.v1.Challenge.$Shape;
             *   (properties?: patchcast.v1.Challenge.$Properties): patchcast.v1.Challenge;
             * }}
             */
            Challenge.create = function(properties) {
                return new Challenge(properties);
            };

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link patchcast.v1.Challenge.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {patchcast.v1.Challenge.$Properties} message Challenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Challenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                if (message.managerCertificates != null && message.managerCertificates.length)
                    for (let i = 0; i < message.managerCertificates.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.managerCertificates[i]);
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                    $root.google.protobuf.Timestamp.encode(message.serverTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Challenge & patchcast.v1.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Challenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Challenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.managerCertificates && message.managerCertificates.length))
                                message.managerCertificates = [];
                            message.managerCertificates.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.serverTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.serverTime);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Challenge message.
             * @function verify
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Challenge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                        return "nonce: buffer expected";
                if (message.managerCertificates != null && $Object.hasOwnProperty.call(message, "managerCertificates")) {
                    if (!$Array.isArray(message.managerCertificates))
                        return "managerCertificates: array expected";
                    for (let i = 0; i < message.managerCertificates.length; ++i)
                        if (!(message.managerCertificates[i] && typeof message.managerCertificates[i].length === "number" || $util.isString(message.managerCertificates[i])))
                            return "managerCertificates: buffer[] expected";
                }
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.serverTime, _depth + 1);
                    if (error)
                        return "serverTime." + error;
                }
                return null;
            };

            /**
             * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Challenge} Challenge
             */
            Challenge.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Challenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Challenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Challenge();
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.managerCertificates) {
                    if (!$Array.isArray(object.managerCertificates))
                        throw $TypeError(".patchcast.v1.Challenge.managerCertificates: array expected");
                    message.managerCertificates = $Array(object.managerCertificates.length);
                    for (let i = 0; i < object.managerCertificates.length; ++i)
                        if (typeof object.managerCertificates[i] === "string")
                            $util.base64.decode(object.managerCertificates[i], message.managerCertificates[i] = $util.newBuffer($util.base64.length(object.managerCertificates[i])), 0);
                        else if (object.managerCertificates[i].length >= 0)
                            message.managerCertificates[i] = object.managerCertificates[i];
                }
                if (object.serverTime != null) {
                    if (!$util.isObject(object.serverTime))
                        throw $TypeError(".patchcast.v1.Challenge.serverTime: object expected");
                    message.serverTime = $root.google.protobuf.Timestamp.fromObject(object.serverTime, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Challenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {patchcast.v1.Challenge} message Challenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Challenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.managerCertificates = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    object.serverTime = null;
                }
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.managerCertificates && message.managerCertificates.length) {
                    object.managerCertificates = $Array(message.managerCertificates.length);
                    for (let j = 0; j < message.managerCertificates.length; ++j)
                        object.managerCertificates[j] = options.bytes === $String ? $util.base64.encode(message.managerCertificates[j], 0, message.managerCertificates[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.managerCertificates[j]) : message.managerCertificates[j];
                }
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                    object.serverTime = $root.google.protobuf.Timestamp.toObject(message.serverTime, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Challenge to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Challenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Challenge.prototype.toJSON = function() {
                return Challenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Challenge
             * @function getTypeUrl
             * @memberof patchcast.v1.Challenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Challenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Challenge";
            };

            return Challenge;
        })();

        v1.ChallengeResponse = (function() {

            /**
             * Properties of a ChallengeResponse.
             * @typedef {Object} patchcast.v1.ChallengeResponse.$Properties
             * @property {Array.<Uint8Array>} [deviceCertificates] ChallengeResponse deviceCertificates
             * @property {patchcast.v1.SignatureAlgorithm} [algorithm] ChallengeResponse algorithm
             * @property {Uint8Array} [signature] ChallengeResponse signature
             * @property {string} [maintenanceCode] ChallengeResponse maintenanceCode
             * @property {string} [detail] ChallengeResponse detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChallengeResponse.
             * @memberof patchcast.v1
             * @interface IChallengeResponse
             * @augments patchcast.v1.ChallengeResponse.$Properties
             * @deprecated Use patchcast.v1.ChallengeResponse.$Properties instead.
             */

            /**
             * Shape of a ChallengeResponse.
             * @typedef {patchcast.v1.ChallengeResponse.$Properties} patchcast.v1.ChallengeResponse.$Shape
             */

            /**
             * Constructs a new ChallengeResponse.
             * @memberof patchcast.v1
             * @classdesc Represents a ChallengeResponse.
             * @constructor
             * @param {patchcast.v1.ChallengeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChallengeResponse = function (properties) {
                this.deviceCertificates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChallengeResponse deviceCertificates.
             * @member {Array.<Uint8Array>} deviceCertificates
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             */
            ChallengeResponse.prototype.deviceCertificates = $util.emptyArray;

            /**
             * ChallengeResponse algorithm.
             * @member {patchcast.v1.SignatureAlgorithm} algorithm
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             */
            ChallengeResponse.prototype.algorithm = 0;

            /**
             * ChallengeResponse signature.
             * @member {Uint8Array} signature
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             */
            ChallengeResponse.prototype.signature = $util.newBuffer([]);

            /**
             * ChallengeResponse maintenanceCode.
             * @member {string} maintenanceCode
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             */
            ChallengeResponse.prototype.maintenanceCode = "";

            /**
             * ChallengeResponse detail.
             * @member {string} detail
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             */
            ChallengeResponse.prototype.detail = "";

            /**
             * Creates a new ChallengeResponse instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {patchcast.v1.ChallengeResponse.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.ChallengeResponse} ChallengeResponse instance
             * @type {{
             *   (properties: patchcast.v1.ChallengeResponse.$Shape): patchcast.v1.ChallengeResponse & patchcast.v1.ChallengeResponse.$Shape;
             *   (properties?: patchcast.v1.ChallengeResponse.$Properties): patchcast.v1.ChallengeResponse;
             * }}
             */
            ChallengeResponse.create = function(properties) {
                return new ChallengeResponse(properties);
            };

            /**
             * Encodes the specified ChallengeResponse message. Does not implicitly {@link patchcast.v1.ChallengeResponse.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {patchcast.v1.ChallengeResponse.$Properties} message ChallengeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChallengeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceCertificates != null && message.deviceCertificates.length)
                    for (let i = 0; i < message.deviceCertificates.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.deviceCertificates[i]);
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.algorithm);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode") && message.maintenanceCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.maintenanceCode);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChallengeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.ChallengeResponse & patchcast.v1.ChallengeResponse.$Shape} ChallengeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChallengeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.ChallengeResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deviceCertificates && message.deviceCertificates.length))
                                message.deviceCertificates = [];
                            message.deviceCertificates.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.algorithm = value;
                            else
                                delete message.algorithm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.maintenanceCode = value;
                            else
                                delete message.maintenanceCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ChallengeResponse message.
             * @function verify
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChallengeResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceCertificates != null && $Object.hasOwnProperty.call(message, "deviceCertificates")) {
                    if (!$Array.isArray(message.deviceCertificates))
                        return "deviceCertificates: array expected";
                    for (let i = 0; i < message.deviceCertificates.length; ++i)
                        if (!(message.deviceCertificates[i] && typeof message.deviceCertificates[i].length === "number" || $util.isString(message.deviceCertificates[i])))
                            return "deviceCertificates: buffer[] expected";
                }
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    if (typeof message.algorithm !== "number" || (message.algorithm | 0) !== message.algorithm)
                        return "algorithm: enum value expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    if (!$util.isString(message.maintenanceCode))
                        return "maintenanceCode: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a ChallengeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.ChallengeResponse} ChallengeResponse
             */
            ChallengeResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.ChallengeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.ChallengeResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.ChallengeResponse();
                if (object.deviceCertificates) {
                    if (!$Array.isArray(object.deviceCertificates))
                        throw $TypeError(".patchcast.v1.ChallengeResponse.deviceCertificates: array expected");
                    message.deviceCertificates = $Array(object.deviceCertificates.length);
                    for (let i = 0; i < object.deviceCertificates.length; ++i)
                        if (typeof object.deviceCertificates[i] === "string")
                            $util.base64.decode(object.deviceCertificates[i], message.deviceCertificates[i] = $util.newBuffer($util.base64.length(object.deviceCertificates[i])), 0);
                        else if (object.deviceCertificates[i].length >= 0)
                            message.deviceCertificates[i] = object.deviceCertificates[i];
                }
                if (object.algorithm !== 0 && (typeof object.algorithm !== "string" || $root.patchcast.v1.SignatureAlgorithm[object.algorithm] !== 0))
                    switch (object.algorithm) {
                    case "SIGNATURE_ALGORITHM_UNSPECIFIED":
                    case 0:
                        message.algorithm = 0;
                        break;
                    case "SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256":
                    case 1:
                        message.algorithm = 1;
                        break;
                    case "SIGNATURE_ALGORITHM_ECDSA_P256_SHA256":
                    case 2:
                        message.algorithm = 2;
                        break;
                    default:
                        if (typeof object.algorithm === "number" && (object.algorithm | 0) === object.algorithm)
                            message.algorithm = object.algorithm;
                    }
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.maintenanceCode != null)
                    if (typeof object.maintenanceCode !== "string" || object.maintenanceCode.length)
                        message.maintenanceCode = $String(object.maintenanceCode);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a ChallengeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {patchcast.v1.ChallengeResponse} message ChallengeResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChallengeResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.deviceCertificates = [];
                if (options.defaults) {
                    object.algorithm = options.enums === $String ? "SIGNATURE_ALGORITHM_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.maintenanceCode = "";
                    object.detail = "";
                }
                if (message.deviceCertificates && message.deviceCertificates.length) {
                    object.deviceCertificates = $Array(message.deviceCertificates.length);
                    for (let j = 0; j < message.deviceCertificates.length; ++j)
                        object.deviceCertificates[j] = options.bytes === $String ? $util.base64.encode(message.deviceCertificates[j], 0, message.deviceCertificates[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deviceCertificates[j]) : message.deviceCertificates[j];
                }
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    object.algorithm = options.enums === $String ? $root.patchcast.v1.SignatureAlgorithm[message.algorithm] === $undefined ? message.algorithm : $root.patchcast.v1.SignatureAlgorithm[message.algorithm] : message.algorithm;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    object.maintenanceCode = message.maintenanceCode;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this ChallengeResponse to JSON.
             * @function toJSON
             * @memberof patchcast.v1.ChallengeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChallengeResponse.prototype.toJSON = function() {
                return ChallengeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChallengeResponse
             * @function getTypeUrl
             * @memberof patchcast.v1.ChallengeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChallengeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.ChallengeResponse";
            };

            return ChallengeResponse;
        })();

        v1.AuthResult = (function() {

            /**
             * Properties of an AuthResult.
             * @typedef {Object} patchcast.v1.AuthResult.$Properties
             * @property {boolean} [ok] AuthResult ok
             * @property {string} [maintenanceCode] AuthResult maintenanceCode
             * @property {string} [detail] AuthResult detail
             * @property {string} [clientId] AuthResult clientId
             * @property {number} [heartbeatIntervalMs] AuthResult heartbeatIntervalMs
             * @property {google.protobuf.Timestamp.$Properties} [serverTime] AuthResult serverTime
             * @property {number} [protocolVersion] AuthResult protocolVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthResult.
             * @memberof patchcast.v1
             * @interface IAuthResult
             * @augments patchcast.v1.AuthResult.$Properties
             * @deprecated Use patchcast.v1.AuthResult.$Properties instead.
             */

            /**
             * Shape of an AuthResult.
             * @typedef {patchcast.v1.AuthResult.$Properties} patchcast.v1.AuthResult.$Shape
             */

            /**
             * Constructs a new AuthResult.
             * @memberof patchcast.v1
             * @classdesc Represents an AuthResult.
             * @constructor
             * @param {patchcast.v1.AuthResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthResult ok.
             * @member {boolean} ok
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.ok = false;

            /**
             * AuthResult maintenanceCode.
             * @member {string} maintenanceCode
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.maintenanceCode = "";

            /**
             * AuthResult detail.
             * @member {string} detail
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.detail = "";

            /**
             * AuthResult clientId.
             * @member {string} clientId
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.clientId = "";

            /**
             * AuthResult heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.heartbeatIntervalMs = 0;

            /**
             * AuthResult serverTime.
             * @member {google.protobuf.Timestamp} serverTime
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.serverTime = null;

            /**
             * AuthResult protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchcast.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.protocolVersion = 0;

            /**
             * Creates a new AuthResult instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {patchcast.v1.AuthResult.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.AuthResult} AuthResult instance
             * @type {{
             *   (properties: patchcast.v1.AuthResult.$Shape): patchcast.v1.AuthResult & patchcast.v1.AuthResult.$Shape;
             *   (properties?: patchcast.v1.AuthResult.$Properties): patchcast.v1.AuthResult;
             * }}
             */
            AuthResult.create = function(properties) {
                return new AuthResult(properties);
            };

            /**
             * Encodes the specified AuthResult message. Does not implicitly {@link patchcast.v1.AuthResult.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {patchcast.v1.AuthResult.$Properties} message AuthResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode") && message.maintenanceCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.maintenanceCode);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientId);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.heartbeatIntervalMs);
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                    $root.google.protobuf.Timestamp.encode(message.serverTime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.protocolVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthResult message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.AuthResult & patchcast.v1.AuthResult.$Shape} AuthResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.AuthResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.maintenanceCode = value;
                            else
                                delete message.maintenanceCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.serverTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.serverTime);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuthResult message.
             * @function verify
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    if (!$util.isString(message.maintenanceCode))
                        return "maintenanceCode: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.serverTime, _depth + 1);
                    if (error)
                        return "serverTime." + error;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                return null;
            };

            /**
             * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.AuthResult} AuthResult
             */
            AuthResult.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.AuthResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.AuthResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.AuthResult();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.maintenanceCode != null)
                    if (typeof object.maintenanceCode !== "string" || object.maintenanceCode.length)
                        message.maintenanceCode = $String(object.maintenanceCode);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.serverTime != null) {
                    if (!$util.isObject(object.serverTime))
                        throw $TypeError(".patchcast.v1.AuthResult.serverTime: object expected");
                    message.serverTime = $root.google.protobuf.Timestamp.fromObject(object.serverTime, _depth + 1);
                }
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {patchcast.v1.AuthResult} message AuthResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.maintenanceCode = "";
                    object.detail = "";
                    object.clientId = "";
                    object.heartbeatIntervalMs = 0;
                    object.serverTime = null;
                    object.protocolVersion = 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.maintenanceCode != null && $Object.hasOwnProperty.call(message, "maintenanceCode"))
                    object.maintenanceCode = message.maintenanceCode;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                    object.serverTime = $root.google.protobuf.Timestamp.toObject(message.serverTime, options, _depth + 1);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                return object;
            };

            /**
             * Converts this AuthResult to JSON.
             * @function toJSON
             * @memberof patchcast.v1.AuthResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthResult.prototype.toJSON = function() {
                return AuthResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthResult
             * @function getTypeUrl
             * @memberof patchcast.v1.AuthResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.AuthResult";
            };

            return AuthResult;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} patchcast.v1.Heartbeat.$Properties
             * @property {google.protobuf.Timestamp.$Properties} [sentAt] Heartbeat sentAt
             * @property {boolean} [reply] Heartbeat reply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof patchcast.v1
             * @interface IHeartbeat
             * @augments patchcast.v1.Heartbeat.$Properties
             * @deprecated Use patchcast.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {patchcast.v1.Heartbeat.$Properties} patchcast.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof patchcast.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {patchcast.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat sentAt.
             * @member {google.protobuf.Timestamp} sentAt
             * @memberof patchcast.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentAt = null;

            /**
             * Heartbeat reply.
             * @member {boolean} reply
             * @memberof patchcast.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.reply = false;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {patchcast.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: patchcast.v1.Heartbeat.$Shape): patchcast.v1.Heartbeat & patchcast.v1.Heartbeat.$Shape;
             *   (properties?: patchcast.v1.Heartbeat.$Properties): patchcast.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link patchcast.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {patchcast.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    $root.google.protobuf.Timestamp.encode(message.sentAt, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.reply);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Heartbeat & patchcast.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.sentAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.sentAt);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.sentAt, _depth + 1);
                    if (error)
                        return "sentAt." + error;
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    if (typeof message.reply !== "boolean")
                        return "reply: boolean expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Heartbeat();
                if (object.sentAt != null) {
                    if (!$util.isObject(object.sentAt))
                        throw $TypeError(".patchcast.v1.Heartbeat.sentAt: object expected");
                    message.sentAt = $root.google.protobuf.Timestamp.fromObject(object.sentAt, _depth + 1);
                }
                if (object.reply != null)
                    if (object.reply)
                        message.reply = $Boolean(object.reply);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {patchcast.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sentAt = null;
                    object.reply = false;
                }
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    object.sentAt = $root.google.protobuf.Timestamp.toObject(message.sentAt, options, _depth + 1);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = message.reply;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof patchcast.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} patchcast.v1.Ack.$Properties
             * @property {Array.<number>} [seqs] Ack seqs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof patchcast.v1
             * @interface IAck
             * @augments patchcast.v1.Ack.$Properties
             * @deprecated Use patchcast.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {patchcast.v1.Ack.$Properties} patchcast.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof patchcast.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {patchcast.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                this.seqs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack seqs.
             * @member {Array.<number>} seqs
             * @memberof patchcast.v1.Ack
             * @instance
             */
            Ack.prototype.seqs = $util.emptyArray;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.Ack
             * @static
             * @param {patchcast.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.Ack} Ack instance
             * @type {{
             *   (properties: patchcast.v1.Ack.$Shape): patchcast.v1.Ack & patchcast.v1.Ack.$Shape;
             *   (properties?: patchcast.v1.Ack.$Properties): patchcast.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link patchcast.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.Ack
             * @static
             * @param {patchcast.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seqs != null && message.seqs.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.seqs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.Ack & patchcast.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.seqs && message.seqs.length))
                                    message.seqs = [];
                                reader.uint64s(message.seqs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seqs && message.seqs.length))
                                message.seqs = [];
                            message.seqs.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof patchcast.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seqs != null && $Object.hasOwnProperty.call(message, "seqs")) {
                    if (!$Array.isArray(message.seqs))
                        return "seqs: array expected";
                    for (let i = 0; i < message.seqs.length; ++i)
                        if (!$util.isInteger(message.seqs[i]) && !(message.seqs[i] && $util.isInteger(message.seqs[i].low) && $util.isInteger(message.seqs[i].high)))
                            return "seqs: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.Ack();
                if (object.seqs) {
                    if (!$Array.isArray(object.seqs))
                        throw $TypeError(".patchcast.v1.Ack.seqs: array expected");
                    message.seqs = $Array(object.seqs.length);
                    for (let i = 0; i < object.seqs.length; ++i)
                        if ($util.Long)
                            message.seqs[i] = $util.Long.fromValue(object.seqs[i], true);
                        else if (typeof object.seqs[i] === "string")
                            message.seqs[i] = $parseInt(object.seqs[i], 10);
                        else if (typeof object.seqs[i] === "number")
                            message.seqs[i] = object.seqs[i];
                        else if (typeof object.seqs[i] === "object")
                            message.seqs[i] = new $util.LongBits(object.seqs[i].low >>> 0, object.seqs[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.Ack
             * @static
             * @param {patchcast.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.seqs = [];
                if (message.seqs && message.seqs.length) {
                    object.seqs = $Array(message.seqs.length);
                    for (let j = 0; j < message.seqs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seqs[j] = typeof message.seqs[j] === "number" ? $BigInt(message.seqs[j]) : $util.Long.fromBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.seqs[j] === "number")
                            object.seqs[j] = options.longs === $String ? $String(message.seqs[j]) : message.seqs[j];
                        else
                            object.seqs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.seqs[j]) : options.longs === $Number ? new $util.LongBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0).toNumber(true) : message.seqs[j];
                }
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof patchcast.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof patchcast.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.Ack";
            };

            return Ack;
        })();

        v1.ErrorMessage = (function() {

            /**
             * Properties of an ErrorMessage.
             * @typedef {Object} patchcast.v1.ErrorMessage.$Properties
             * @property {string} [code] ErrorMessage code
             * @property {string} [message] ErrorMessage message
             * @property {number} [closeCode] ErrorMessage closeCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorMessage.
             * @memberof patchcast.v1
             * @interface IErrorMessage
             * @augments patchcast.v1.ErrorMessage.$Properties
             * @deprecated Use patchcast.v1.ErrorMessage.$Properties instead.
             */

            /**
             * Shape of an ErrorMessage.
             * @typedef {patchcast.v1.ErrorMessage.$Properties} patchcast.v1.ErrorMessage.$Shape
             */

            /**
             * Constructs a new ErrorMessage.
             * @memberof patchcast.v1
             * @classdesc Represents an ErrorMessage.
             * @constructor
             * @param {patchcast.v1.ErrorMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorMessage code.
             * @member {string} code
             * @memberof patchcast.v1.ErrorMessage
             * @instance
             */
            ErrorMessage.prototype.code = "";

            /**
             * ErrorMessage message.
             * @member {string} message
             * @memberof patchcast.v1.ErrorMessage
             * @instance
             */
            ErrorMessage.prototype.message = "";

            /**
             * ErrorMessage closeCode.
             * @member {number} closeCode
             * @memberof patchcast.v1.ErrorMessage
             * @instance
             */
            ErrorMessage.prototype.closeCode = 0;

            /**
             * Creates a new ErrorMessage instance using the specified properties.
             * @function create
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {patchcast.v1.ErrorMessage.$Properties=} [properties] Properties to set
             * @returns {patchcast.v1.ErrorMessage} ErrorMessage instance
             * @type {{
             *   (properties: patchcast.v1.ErrorMessage.$Shape): patchcast.v1.ErrorMessage & patchcast.v1.ErrorMessage.$Shape;
             *   (properties?: patchcast.v1.ErrorMessage.$Properties): patchcast.v1.ErrorMessage;
             * }}
             */
            ErrorMessage.create = function(properties) {
                return new ErrorMessage(properties);
            };

            /**
             * Encodes the specified ErrorMessage message. Does not implicitly {@link patchcast.v1.ErrorMessage.verify|verify} messages.
             * @function encode
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {patchcast.v1.ErrorMessage.$Properties} message ErrorMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.closeCode != null && $Object.hasOwnProperty.call(message, "closeCode") && message.closeCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.closeCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorMessage message from the specified reader or buffer.
             * @function decode
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchcast.v1.ErrorMessage & patchcast.v1.ErrorMessage.$Shape} ErrorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchcast.v1.ErrorMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.closeCode = value;
                            else
                                delete message.closeCode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ErrorMessage message.
             * @function verify
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.closeCode != null && $Object.hasOwnProperty.call(message, "closeCode"))
                    if (!$util.isInteger(message.closeCode))
                        return "closeCode: integer expected";
                return null;
            };

            /**
             * Creates an ErrorMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchcast.v1.ErrorMessage} ErrorMessage
             */
            ErrorMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.patchcast.v1.ErrorMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchcast.v1.ErrorMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchcast.v1.ErrorMessage();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.closeCode != null)
                    if ($Number(object.closeCode) !== 0)
                        message.closeCode = object.closeCode >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ErrorMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {patchcast.v1.ErrorMessage} message ErrorMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.closeCode = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.closeCode != null && $Object.hasOwnProperty.call(message, "closeCode"))
                    object.closeCode = message.closeCode;
                return object;
            };

            /**
             * Converts this ErrorMessage to JSON.
             * @function toJSON
             * @memberof patchcast.v1.ErrorMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorMessage.prototype.toJSON = function() {
                return ErrorMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorMessage
             * @function getTypeUrl
             * @memberof patchcast.v1.ErrorMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchcast.v1.ErrorMessage";
            };

            return ErrorMessage;
        })();

        return v1;
    })();

    return patchcast;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number} [seconds] Timestamp seconds
             * @property {number} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
