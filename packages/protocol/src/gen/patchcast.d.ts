import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace patchcast. */
export namespace patchcast {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use patchcast.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends patchcast.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope seq. */
            seq: number;

            /** Envelope hello. */
            hello: (patchcast.v1.Hello|null);

            /** Envelope challenge. */
            challenge: (patchcast.v1.Challenge|null);

            /** Envelope challengeResponse. */
            challengeResponse: (patchcast.v1.ChallengeResponse|null);

            /** Envelope authResult. */
            authResult: (patchcast.v1.AuthResult|null);

            /** Envelope heartbeat. */
            heartbeat: (patchcast.v1.Heartbeat|null);

            /** Envelope ack. */
            ack: (patchcast.v1.Ack|null);

            /** Envelope error. */
            error: (patchcast.v1.ErrorMessage|null);

            /** Envelope jobOffer. */
            jobOffer: (patchcast.v1.SignedJobOffer|null);

            /** Envelope restartConfirmResult. */
            restartConfirmResult: (patchcast.v1.RestartConfirmResult|null);

            /** Envelope progress. */
            progress: (patchcast.v1.Progress|null);

            /** Envelope statusReport. */
            statusReport: (patchcast.v1.StatusReport|null);

            /** Envelope jobCancel. */
            jobCancel: (patchcast.v1.JobCancel|null);

            /** Envelope body. */
            body?: ("hello"|"challenge"|"challengeResponse"|"authResult"|"heartbeat"|"ack"|"error"|"jobOffer"|"restartConfirmResult"|"progress"|"statusReport"|"jobCancel");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: patchcast.v1.Envelope.$Shape): patchcast.v1.Envelope & patchcast.v1.Envelope.$Shape;
            static create(properties?: patchcast.v1.Envelope.$Properties): patchcast.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link patchcast.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Envelope & patchcast.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Envelope & patchcast.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope seq */
                seq?: number;

                /** Envelope hello */
                hello?: (patchcast.v1.Hello.$Properties|null);

                /** Envelope challenge */
                challenge?: (patchcast.v1.Challenge.$Properties|null);

                /** Envelope challengeResponse */
                challengeResponse?: (patchcast.v1.ChallengeResponse.$Properties|null);

                /** Envelope authResult */
                authResult?: (patchcast.v1.AuthResult.$Properties|null);

                /** Envelope heartbeat */
                heartbeat?: (patchcast.v1.Heartbeat.$Properties|null);

                /** Envelope ack */
                ack?: (patchcast.v1.Ack.$Properties|null);

                /** Envelope error */
                error?: (patchcast.v1.ErrorMessage.$Properties|null);

                /** Envelope jobOffer */
                jobOffer?: (patchcast.v1.SignedJobOffer.$Properties|null);

                /** Envelope restartConfirmResult */
                restartConfirmResult?: (patchcast.v1.RestartConfirmResult.$Properties|null);

                /** Envelope progress */
                progress?: (patchcast.v1.Progress.$Properties|null);

                /** Envelope statusReport */
                statusReport?: (patchcast.v1.StatusReport.$Properties|null);

                /** Envelope jobCancel */
                jobCancel?: (patchcast.v1.JobCancel.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"challenge"|"challengeResponse"|"authResult"|"heartbeat"|"ack"|"error"|"jobOffer"|"restartConfirmResult"|"progress"|"statusReport"|"jobCancel");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              seq?: number;
              hello?: patchcast.v1.Hello.$Shape|null;
              challenge?: patchcast.v1.Challenge.$Shape|null;
              challengeResponse?: patchcast.v1.ChallengeResponse.$Shape|null;
              authResult?: patchcast.v1.AuthResult.$Shape|null;
              heartbeat?: patchcast.v1.Heartbeat.$Shape|null;
              ack?: patchcast.v1.Ack.$Shape|null;
              error?: patchcast.v1.ErrorMessage.$Shape|null;
              jobOffer?: patchcast.v1.SignedJobOffer.$Shape|null;
              restartConfirmResult?: patchcast.v1.RestartConfirmResult.$Shape|null;
              progress?: patchcast.v1.Progress.$Shape|null;
              statusReport?: patchcast.v1.StatusReport.$Shape|null;
              jobCancel?: patchcast.v1.JobCancel.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "hello"; hello: patchcast.v1.Hello.$Shape; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "challenge"; hello?: null; challenge: patchcast.v1.Challenge.$Shape; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "challengeResponse"; hello?: null; challenge?: null; challengeResponse: patchcast.v1.ChallengeResponse.$Shape; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "authResult"; hello?: null; challenge?: null; challengeResponse?: null; authResult: patchcast.v1.AuthResult.$Shape; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "heartbeat"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat: patchcast.v1.Heartbeat.$Shape; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "ack"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack: patchcast.v1.Ack.$Shape; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "error"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error: patchcast.v1.ErrorMessage.$Shape; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "jobOffer"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer: patchcast.v1.SignedJobOffer.$Shape; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "restartConfirmResult"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult: patchcast.v1.RestartConfirmResult.$Shape; progress?: null; statusReport?: null; jobCancel?: null }|{ body?: "progress"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress: patchcast.v1.Progress.$Shape; statusReport?: null; jobCancel?: null }|{ body?: "statusReport"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport: patchcast.v1.StatusReport.$Shape; jobCancel?: null }|{ body?: "jobCancel"; hello?: null; challenge?: null; challengeResponse?: null; authResult?: null; heartbeat?: null; ack?: null; error?: null; jobOffer?: null; restartConfirmResult?: null; progress?: null; statusReport?: null; jobCancel: patchcast.v1.JobCancel.$Shape })
            );
        }

        /** JobType enum. */
        enum JobType {

            /** JOB_TYPE_UNSPECIFIED value */
            JOB_TYPE_UNSPECIFIED = 0,

            /** JOB_TYPE_INSTALL_PACKAGE value */
            JOB_TYPE_INSTALL_PACKAGE = 1
        }

        /**
         * Properties of a PackageRef.
         * @deprecated Use patchcast.v1.PackageRef.$Properties instead.
         */
        interface IPackageRef extends patchcast.v1.PackageRef.$Properties {
        }

        /** Represents a PackageRef. */
        class PackageRef {

            /**
             * Constructs a new PackageRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.PackageRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PackageRef packageId. */
            packageId: string;

            /** PackageRef name. */
            name: string;

            /** PackageRef version. */
            version: string;

            /** PackageRef generation. */
            generation: number;

            /** PackageRef cabinetId. */
            cabinetId: string;

            /** PackageRef sha256. */
            sha256: Uint8Array;

            /** PackageRef size. */
            size: number;

            /** PackageRef downloadUrl. */
            downloadUrl: string;

            /** PackageRef updateData. */
            updateData: boolean;

            /**
             * Creates a new PackageRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PackageRef instance
             */
            static create(properties: patchcast.v1.PackageRef.$Shape): patchcast.v1.PackageRef & patchcast.v1.PackageRef.$Shape;
            static create(properties?: patchcast.v1.PackageRef.$Properties): patchcast.v1.PackageRef;

            /**
             * Encodes the specified PackageRef message. Does not implicitly {@link patchcast.v1.PackageRef.verify|verify} messages.
             * @param message PackageRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.PackageRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PackageRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.PackageRef & patchcast.v1.PackageRef.$Shape} PackageRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.PackageRef & patchcast.v1.PackageRef.$Shape;

            /**
             * Verifies a PackageRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PackageRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PackageRef
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.PackageRef;

            /**
             * Creates a plain object from a PackageRef message. Also converts values to other types if specified.
             * @param message PackageRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.PackageRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PackageRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PackageRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PackageRef {

            /** Properties of a PackageRef. */
            interface $Properties {

                /** PackageRef packageId */
                packageId?: string;

                /** PackageRef name */
                name?: string;

                /** PackageRef version */
                version?: string;

                /** PackageRef generation */
                generation?: number;

                /** PackageRef cabinetId */
                cabinetId?: string;

                /** PackageRef sha256 */
                sha256?: Uint8Array;

                /** PackageRef size */
                size?: number;

                /** PackageRef downloadUrl */
                downloadUrl?: string;

                /** PackageRef updateData */
                updateData?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PackageRef. */
            type $Shape = patchcast.v1.PackageRef.$Properties;
        }

        /**
         * Properties of an InstallConditions.
         * @deprecated Use patchcast.v1.InstallConditions.$Properties instead.
         */
        interface IInstallConditions extends patchcast.v1.InstallConditions.$Properties {
        }

        /** Represents an InstallConditions. */
        class InstallConditions {

            /**
             * Constructs a new InstallConditions.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.InstallConditions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstallConditions replaceExisting. */
            replaceExisting: boolean;

            /** InstallConditions relayExpiresAt. */
            relayExpiresAt: google.protobuf.Timestamp;

            /**
             * Creates a new InstallConditions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstallConditions instance
             */
            static create(properties: patchcast.v1.InstallConditions.$Shape): patchcast.v1.InstallConditions & patchcast.v1.InstallConditions.$Shape;
            static create(properties?: patchcast.v1.InstallConditions.$Properties): patchcast.v1.InstallConditions;

            /**
             * Encodes the specified InstallConditions message. Does not implicitly {@link patchcast.v1.InstallConditions.verify|verify} messages.
             * @param message InstallConditions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.InstallConditions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstallConditions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.InstallConditions & patchcast.v1.InstallConditions.$Shape} InstallConditions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.InstallConditions & patchcast.v1.InstallConditions.$Shape;

            /**
             * Verifies an InstallConditions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstallConditions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstallConditions
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.InstallConditions;

            /**
             * Creates a plain object from an InstallConditions message. Also converts values to other types if specified.
             * @param message InstallConditions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.InstallConditions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstallConditions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstallConditions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallConditions {

            /** Properties of an InstallConditions. */
            interface $Properties {

                /** InstallConditions replaceExisting */
                replaceExisting?: boolean;

                /** InstallConditions relayExpiresAt */
                relayExpiresAt?: google.protobuf.Timestamp.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstallConditions. */
            type $Shape = patchcast.v1.InstallConditions.$Properties;
        }

        /**
         * Properties of a JobOffer.
         * @deprecated Use patchcast.v1.JobOffer.$Properties instead.
         */
        interface IJobOffer extends patchcast.v1.JobOffer.$Properties {
        }

        /** Represents a JobOffer. */
        class JobOffer {

            /**
             * Constructs a new JobOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.JobOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobOffer jobId. */
            jobId: string;

            /** JobOffer jobName. */
            jobName: string;

            /** JobOffer clientId. */
            clientId: string;

            /** JobOffer type. */
            type: patchcast.v1.JobType;

            /** JobOffer package. */
            package: patchcast.v1.PackageRef;

            /** JobOffer conditions. */
            conditions: patchcast.v1.InstallConditions;

            /** JobOffer executeAt. */
            executeAt: google.protobuf.Timestamp;

            /** JobOffer restartConfirm. */
            restartConfirm: boolean;

            /** JobOffer issuedAt. */
            issuedAt: google.protobuf.Timestamp;

            /**
             * Creates a new JobOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobOffer instance
             */
            static create(properties: patchcast.v1.JobOffer.$Shape): patchcast.v1.JobOffer & patchcast.v1.JobOffer.$Shape;
            static create(properties?: patchcast.v1.JobOffer.$Properties): patchcast.v1.JobOffer;

            /**
             * Encodes the specified JobOffer message. Does not implicitly {@link patchcast.v1.JobOffer.verify|verify} messages.
             * @param message JobOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.JobOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.JobOffer & patchcast.v1.JobOffer.$Shape} JobOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.JobOffer & patchcast.v1.JobOffer.$Shape;

            /**
             * Verifies a JobOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobOffer
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.JobOffer;

            /**
             * Creates a plain object from a JobOffer message. Also converts values to other types if specified.
             * @param message JobOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.JobOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobOffer {

            /** Properties of a JobOffer. */
            interface $Properties {

                /** JobOffer jobId */
                jobId?: string;

                /** JobOffer jobName */
                jobName?: string;

                /** JobOffer clientId */
                clientId?: string;

                /** JobOffer type */
                type?: patchcast.v1.JobType;

                /** JobOffer package */
                "package"?: patchcast.v1.PackageRef.$Properties;

                /** JobOffer conditions */
                conditions?: patchcast.v1.InstallConditions.$Properties;

                /** JobOffer executeAt */
                executeAt?: google.protobuf.Timestamp.$Properties;

                /** JobOffer restartConfirm */
                restartConfirm?: boolean;

                /** JobOffer issuedAt */
                issuedAt?: google.protobuf.Timestamp.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobOffer. */
            type $Shape = patchcast.v1.JobOffer.$Properties;
        }

        /**
         * Properties of a SignedJobOffer.
         * @deprecated Use patchcast.v1.SignedJobOffer.$Properties instead.
         */
        interface ISignedJobOffer extends patchcast.v1.SignedJobOffer.$Properties {
        }

        /** Represents a SignedJobOffer. */
        class SignedJobOffer {

            /**
             * Constructs a new SignedJobOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.SignedJobOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedJobOffer offer. */
            offer: Uint8Array;

            /** SignedJobOffer algorithm. */
            algorithm: patchcast.v1.SignatureAlgorithm;

            /** SignedJobOffer signature. */
            signature: Uint8Array;

            /** SignedJobOffer signerCertificates. */
            signerCertificates: Uint8Array[];

            /**
             * Creates a new SignedJobOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedJobOffer instance
             */
            static create(properties: patchcast.v1.SignedJobOffer.$Shape): patchcast.v1.SignedJobOffer & patchcast.v1.SignedJobOffer.$Shape;
            static create(properties?: patchcast.v1.SignedJobOffer.$Properties): patchcast.v1.SignedJobOffer;

            /**
             * Encodes the specified SignedJobOffer message. Does not implicitly {@link patchcast.v1.SignedJobOffer.verify|verify} messages.
             * @param message SignedJobOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.SignedJobOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedJobOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.SignedJobOffer & patchcast.v1.SignedJobOffer.$Shape} SignedJobOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.SignedJobOffer & patchcast.v1.SignedJobOffer.$Shape;

            /**
             * Verifies a SignedJobOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedJobOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedJobOffer
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.SignedJobOffer;

            /**
             * Creates a plain object from a SignedJobOffer message. Also converts values to other types if specified.
             * @param message SignedJobOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.SignedJobOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedJobOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedJobOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedJobOffer {

            /** Properties of a SignedJobOffer. */
            interface $Properties {

                /** SignedJobOffer offer */
                offer?: Uint8Array;

                /** SignedJobOffer algorithm */
                algorithm?: patchcast.v1.SignatureAlgorithm;

                /** SignedJobOffer signature */
                signature?: Uint8Array;

                /** SignedJobOffer signerCertificates */
                signerCertificates?: Uint8Array[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedJobOffer. */
            type $Shape = patchcast.v1.SignedJobOffer.$Properties;
        }

        /** RestartAnswer enum. */
        enum RestartAnswer {

            /** RESTART_ANSWER_UNSPECIFIED value */
            RESTART_ANSWER_UNSPECIFIED = 0,

            /** RESTART_ANSWER_YES value */
            RESTART_ANSWER_YES = 1,

            /** RESTART_ANSWER_NO value */
            RESTART_ANSWER_NO = 2
        }

        /**
         * Properties of a RestartConfirmResult.
         * @deprecated Use patchcast.v1.RestartConfirmResult.$Properties instead.
         */
        interface IRestartConfirmResult extends patchcast.v1.RestartConfirmResult.$Properties {
        }

        /** Represents a RestartConfirmResult. */
        class RestartConfirmResult {

            /**
             * Constructs a new RestartConfirmResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.RestartConfirmResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestartConfirmResult jobId. */
            jobId: string;

            /** RestartConfirmResult answer. */
            answer: patchcast.v1.RestartAnswer;

            /** RestartConfirmResult answeredAt. */
            answeredAt: google.protobuf.Timestamp;

            /**
             * Creates a new RestartConfirmResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestartConfirmResult instance
             */
            static create(properties: patchcast.v1.RestartConfirmResult.$Shape): patchcast.v1.RestartConfirmResult & patchcast.v1.RestartConfirmResult.$Shape;
            static create(properties?: patchcast.v1.RestartConfirmResult.$Properties): patchcast.v1.RestartConfirmResult;

            /**
             * Encodes the specified RestartConfirmResult message. Does not implicitly {@link patchcast.v1.RestartConfirmResult.verify|verify} messages.
             * @param message RestartConfirmResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.RestartConfirmResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestartConfirmResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.RestartConfirmResult & patchcast.v1.RestartConfirmResult.$Shape} RestartConfirmResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.RestartConfirmResult & patchcast.v1.RestartConfirmResult.$Shape;

            /**
             * Verifies a RestartConfirmResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RestartConfirmResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestartConfirmResult
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.RestartConfirmResult;

            /**
             * Creates a plain object from a RestartConfirmResult message. Also converts values to other types if specified.
             * @param message RestartConfirmResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.RestartConfirmResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestartConfirmResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestartConfirmResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestartConfirmResult {

            /** Properties of a RestartConfirmResult. */
            interface $Properties {

                /** RestartConfirmResult jobId */
                jobId?: string;

                /** RestartConfirmResult answer */
                answer?: patchcast.v1.RestartAnswer;

                /** RestartConfirmResult answeredAt */
                answeredAt?: google.protobuf.Timestamp.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestartConfirmResult. */
            type $Shape = patchcast.v1.RestartConfirmResult.$Properties;
        }

        /** ProgressPhase enum. */
        enum ProgressPhase {

            /** PROGRESS_PHASE_UNSPECIFIED value */
            PROGRESS_PHASE_UNSPECIFIED = 0,

            /** PROGRESS_PHASE_DOWNLOAD value */
            PROGRESS_PHASE_DOWNLOAD = 1,

            /** PROGRESS_PHASE_INSTALL value */
            PROGRESS_PHASE_INSTALL = 2
        }

        /**
         * Properties of a Progress.
         * @deprecated Use patchcast.v1.Progress.$Properties instead.
         */
        interface IProgress extends patchcast.v1.Progress.$Properties {
        }

        /** Represents a Progress. */
        class Progress {

            /**
             * Constructs a new Progress.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Progress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Progress jobId. */
            jobId: string;

            /** Progress phase. */
            phase: patchcast.v1.ProgressPhase;

            /** Progress done. */
            done: number;

            /** Progress total. */
            total: number;

            /**
             * Creates a new Progress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Progress instance
             */
            static create(properties: patchcast.v1.Progress.$Shape): patchcast.v1.Progress & patchcast.v1.Progress.$Shape;
            static create(properties?: patchcast.v1.Progress.$Properties): patchcast.v1.Progress;

            /**
             * Encodes the specified Progress message. Does not implicitly {@link patchcast.v1.Progress.verify|verify} messages.
             * @param message Progress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Progress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Progress & patchcast.v1.Progress.$Shape} Progress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Progress & patchcast.v1.Progress.$Shape;

            /**
             * Verifies a Progress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Progress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Progress
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Progress;

            /**
             * Creates a plain object from a Progress message. Also converts values to other types if specified.
             * @param message Progress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Progress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Progress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Progress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Progress {

            /** Properties of a Progress. */
            interface $Properties {

                /** Progress jobId */
                jobId?: string;

                /** Progress phase */
                phase?: patchcast.v1.ProgressPhase;

                /** Progress done */
                done?: number;

                /** Progress total */
                total?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Progress. */
            type $Shape = patchcast.v1.Progress.$Properties;
        }

        /** JobState enum. */
        enum JobState {

            /** JOB_STATE_UNSPECIFIED value */
            JOB_STATE_UNSPECIFIED = 0,

            /** JOB_STATE_RECEIVED value */
            JOB_STATE_RECEIVED = 1,

            /** JOB_STATE_AWAITING_RESTART value */
            JOB_STATE_AWAITING_RESTART = 2,

            /** JOB_STATE_RESTARTING value */
            JOB_STATE_RESTARTING = 3,

            /** JOB_STATE_DOWNLOADING value */
            JOB_STATE_DOWNLOADING = 4,

            /** JOB_STATE_INSTALLING value */
            JOB_STATE_INSTALLING = 5,

            /** JOB_STATE_COMPLETED value */
            JOB_STATE_COMPLETED = 6,

            /** JOB_STATE_ERROR value */
            JOB_STATE_ERROR = 7
        }

        /**
         * Properties of a StatusReport.
         * @deprecated Use patchcast.v1.StatusReport.$Properties instead.
         */
        interface IStatusReport extends patchcast.v1.StatusReport.$Properties {
        }

        /** Represents a StatusReport. */
        class StatusReport {

            /**
             * Constructs a new StatusReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.StatusReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusReport jobId. */
            jobId: string;

            /** StatusReport state. */
            state: patchcast.v1.JobState;

            /** StatusReport occurredAt. */
            occurredAt: google.protobuf.Timestamp;

            /** StatusReport maintenanceCode. */
            maintenanceCode: string;

            /** StatusReport detail. */
            detail: string;

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReport instance
             */
            static create(properties: patchcast.v1.StatusReport.$Shape): patchcast.v1.StatusReport & patchcast.v1.StatusReport.$Shape;
            static create(properties?: patchcast.v1.StatusReport.$Properties): patchcast.v1.StatusReport;

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link patchcast.v1.StatusReport.verify|verify} messages.
             * @param message StatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.StatusReport & patchcast.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.StatusReport & patchcast.v1.StatusReport.$Shape;

            /**
             * Verifies a StatusReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReport
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.StatusReport;

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @param message StatusReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReport {

            /** Properties of a StatusReport. */
            interface $Properties {

                /** StatusReport jobId */
                jobId?: string;

                /** StatusReport state */
                state?: patchcast.v1.JobState;

                /** StatusReport occurredAt */
                occurredAt?: google.protobuf.Timestamp.$Properties;

                /** StatusReport maintenanceCode */
                maintenanceCode?: string;

                /** StatusReport detail */
                detail?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReport. */
            type $Shape = patchcast.v1.StatusReport.$Properties;
        }

        /**
         * Properties of a JobCancel.
         * @deprecated Use patchcast.v1.JobCancel.$Properties instead.
         */
        interface IJobCancel extends patchcast.v1.JobCancel.$Properties {
        }

        /** Represents a JobCancel. */
        class JobCancel {

            /**
             * Constructs a new JobCancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.JobCancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobCancel jobId. */
            jobId: string;

            /** JobCancel reason. */
            reason: string;

            /**
             * Creates a new JobCancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobCancel instance
             */
            static create(properties: patchcast.v1.JobCancel.$Shape): patchcast.v1.JobCancel & patchcast.v1.JobCancel.$Shape;
            static create(properties?: patchcast.v1.JobCancel.$Properties): patchcast.v1.JobCancel;

            /**
             * Encodes the specified JobCancel message. Does not implicitly {@link patchcast.v1.JobCancel.verify|verify} messages.
             * @param message JobCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.JobCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobCancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.JobCancel & patchcast.v1.JobCancel.$Shape} JobCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.JobCancel & patchcast.v1.JobCancel.$Shape;

            /**
             * Verifies a JobCancel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobCancel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobCancel
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.JobCancel;

            /**
             * Creates a plain object from a JobCancel message. Also converts values to other types if specified.
             * @param message JobCancel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.JobCancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobCancel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobCancel
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobCancel {

            /** Properties of a JobCancel. */
            interface $Properties {

                /** JobCancel jobId */
                jobId?: string;

                /** JobCancel reason */
                reason?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobCancel. */
            type $Shape = patchcast.v1.JobCancel.$Properties;
        }

        /** SignatureAlgorithm enum. */
        enum SignatureAlgorithm {

            /** SIGNATURE_ALGORITHM_UNSPECIFIED value */
            SIGNATURE_ALGORITHM_UNSPECIFIED = 0,

            /** SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256 value */
            SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256 = 1,

            /** SIGNATURE_ALGORITHM_ECDSA_P256_SHA256 value */
            SIGNATURE_ALGORITHM_ECDSA_P256_SHA256 = 2
        }

        /** Role enum. */
        enum Role {

            /** ROLE_UNSPECIFIED value */
            ROLE_UNSPECIFIED = 0,

            /** ROLE_SECURITY_PC value */
            ROLE_SECURITY_PC = 1,

            /** ROLE_STANDARD value */
            ROLE_STANDARD = 2
        }

        /**
         * Properties of a Hello.
         * @deprecated Use patchcast.v1.Hello.$Properties instead.
         */
        interface IHello extends patchcast.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello pcId. */
            pcId: string;

            /** Hello hostName. */
            hostName: string;

            /** Hello role. */
            role: patchcast.v1.Role;

            /** Hello agentVersion. */
            agentVersion: string;

            /** Hello os. */
            os: string;

            /** Hello installedUpdates. */
            installedUpdates: string[];

            /** Hello stateId. */
            stateId: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: patchcast.v1.Hello.$Shape): patchcast.v1.Hello & patchcast.v1.Hello.$Shape;
            static create(properties?: patchcast.v1.Hello.$Properties): patchcast.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link patchcast.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Hello & patchcast.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Hello & patchcast.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello protocolVersion */
                protocolVersion?: number;

                /** Hello pcId */
                pcId?: string;

                /** Hello hostName */
                hostName?: string;

                /** Hello role */
                role?: patchcast.v1.Role;

                /** Hello agentVersion */
                agentVersion?: string;

                /** Hello os */
                os?: string;

                /** Hello installedUpdates */
                installedUpdates?: string[];

                /** Hello stateId */
                stateId?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = patchcast.v1.Hello.$Properties;
        }

        /**
         * Properties of a Challenge.
         * @deprecated Use patchcast.v1.Challenge.$Properties instead.
         */
        interface IChallenge extends patchcast.v1.Challenge.$Properties {
        }

        /** Represents a Challenge. */
        class Challenge {

            /**
             * Constructs a new Challenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Challenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Challenge nonce. */
            nonce: Uint8Array;

            /** Challenge managerCertificates. */
            managerCertificates: Uint8Array[];

            /** Challenge serverTime. */
            serverTime: google.protobuf.Timestamp;

            /**
             * Creates a new Challenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Challenge instance
             */
            static create(properties: patchcast.v1.Challenge.$Shape): patchcast.v1.Challenge & patchcast.v1.Challenge.$Shape;
            static create(properties?: patchcast.v1.Challenge.$Properties): patchcast.v1.Challenge;

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link patchcast.v1.Challenge.verify|verify} messages.
             * @param message Challenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Challenge & patchcast.v1.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Challenge & patchcast.v1.Challenge.$Shape;

            /**
             * Verifies a Challenge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Challenge
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Challenge;

            /**
             * Creates a plain object from a Challenge message. Also converts values to other types if specified.
             * @param message Challenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Challenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Challenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Challenge {

            /** Properties of a Challenge. */
            interface $Properties {

                /** Challenge nonce */
                nonce?: Uint8Array;

                /** Challenge managerCertificates */
                managerCertificates?: Uint8Array[];

                /** Challenge serverTime */
                serverTime?: google.protobuf.Timestamp.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Challenge. */
            type $Shape = patchcast.v1.Challenge.$Properties;
        }

        /**
         * Properties of a ChallengeResponse.
         * @deprecated Use patchcast.v1.ChallengeResponse.$Properties instead.
         */
        interface IChallengeResponse extends patchcast.v1.ChallengeResponse.$Properties {
        }

        /** Represents a ChallengeResponse. */
        class ChallengeResponse {

            /**
             * Constructs a new ChallengeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.ChallengeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChallengeResponse deviceCertificates. */
            deviceCertificates: Uint8Array[];

            /** ChallengeResponse algorithm. */
            algorithm: patchcast.v1.SignatureAlgorithm;

            /** ChallengeResponse signature. */
            signature: Uint8Array;

            /** ChallengeResponse maintenanceCode. */
            maintenanceCode: string;

            /** ChallengeResponse detail. */
            detail: string;

            /**
             * Creates a new ChallengeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChallengeResponse instance
             */
            static create(properties: patchcast.v1.ChallengeResponse.$Shape): patchcast.v1.ChallengeResponse & patchcast.v1.ChallengeResponse.$Shape;
            static create(properties?: patchcast.v1.ChallengeResponse.$Properties): patchcast.v1.ChallengeResponse;

            /**
             * Encodes the specified ChallengeResponse message. Does not implicitly {@link patchcast.v1.ChallengeResponse.verify|verify} messages.
             * @param message ChallengeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.ChallengeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChallengeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.ChallengeResponse & patchcast.v1.ChallengeResponse.$Shape} ChallengeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.ChallengeResponse & patchcast.v1.ChallengeResponse.$Shape;

            /**
             * Verifies a ChallengeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChallengeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChallengeResponse
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.ChallengeResponse;

            /**
             * Creates a plain object from a ChallengeResponse message. Also converts values to other types if specified.
             * @param message ChallengeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.ChallengeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChallengeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChallengeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChallengeResponse {

            /** Properties of a ChallengeResponse. */
            interface $Properties {

                /** ChallengeResponse deviceCertificates */
                deviceCertificates?: Uint8Array[];

                /** ChallengeResponse algorithm */
                algorithm?: patchcast.v1.SignatureAlgorithm;

                /** ChallengeResponse signature */
                signature?: Uint8Array;

                /** ChallengeResponse maintenanceCode */
                maintenanceCode?: string;

                /** ChallengeResponse detail */
                detail?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChallengeResponse. */
            type $Shape = patchcast.v1.ChallengeResponse.$Properties;
        }

        /**
         * Properties of an AuthResult.
         * @deprecated Use patchcast.v1.AuthResult.$Properties instead.
         */
        interface IAuthResult extends patchcast.v1.AuthResult.$Properties {
        }

        /** Represents an AuthResult. */
        class AuthResult {

            /**
             * Constructs a new AuthResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.AuthResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthResult ok. */
            ok: boolean;

            /** AuthResult maintenanceCode. */
            maintenanceCode: string;

            /** AuthResult detail. */
            detail: string;

            /** AuthResult clientId. */
            clientId: string;

            /** AuthResult heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** AuthResult serverTime. */
            serverTime: google.protobuf.Timestamp;

            /** AuthResult protocolVersion. */
            protocolVersion: number;

            /**
             * Creates a new AuthResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthResult instance
             */
            static create(properties: patchcast.v1.AuthResult.$Shape): patchcast.v1.AuthResult & patchcast.v1.AuthResult.$Shape;
            static create(properties?: patchcast.v1.AuthResult.$Properties): patchcast.v1.AuthResult;

            /**
             * Encodes the specified AuthResult message. Does not implicitly {@link patchcast.v1.AuthResult.verify|verify} messages.
             * @param message AuthResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.AuthResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.AuthResult & patchcast.v1.AuthResult.$Shape} AuthResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.AuthResult & patchcast.v1.AuthResult.$Shape;

            /**
             * Verifies an AuthResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthResult
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.AuthResult;

            /**
             * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
             * @param message AuthResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.AuthResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthResult {

            /** Properties of an AuthResult. */
            interface $Properties {

                /** AuthResult ok */
                ok?: boolean;

                /** AuthResult maintenanceCode */
                maintenanceCode?: string;

                /** AuthResult detail */
                detail?: string;

                /** AuthResult clientId */
                clientId?: string;

                /** AuthResult heartbeatIntervalMs */
                heartbeatIntervalMs?: number;

                /** AuthResult serverTime */
                serverTime?: google.protobuf.Timestamp.$Properties;

                /** AuthResult protocolVersion */
                protocolVersion?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthResult. */
            type $Shape = patchcast.v1.AuthResult.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use patchcast.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends patchcast.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat sentAt. */
            sentAt: google.protobuf.Timestamp;

            /** Heartbeat reply. */
            reply: boolean;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: patchcast.v1.Heartbeat.$Shape): patchcast.v1.Heartbeat & patchcast.v1.Heartbeat.$Shape;
            static create(properties?: patchcast.v1.Heartbeat.$Properties): patchcast.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link patchcast.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Heartbeat & patchcast.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Heartbeat & patchcast.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat sentAt */
                sentAt?: google.protobuf.Timestamp.$Properties;

                /** Heartbeat reply */
                reply?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = patchcast.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use patchcast.v1.Ack.$Properties instead.
         */
        interface IAck extends patchcast.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack seqs. */
            seqs: number[];

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: patchcast.v1.Ack.$Shape): patchcast.v1.Ack & patchcast.v1.Ack.$Shape;
            static create(properties?: patchcast.v1.Ack.$Properties): patchcast.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link patchcast.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.Ack & patchcast.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.Ack & patchcast.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack seqs */
                seqs?: number[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = patchcast.v1.Ack.$Properties;
        }

        /**
         * Properties of an ErrorMessage.
         * @deprecated Use patchcast.v1.ErrorMessage.$Properties instead.
         */
        interface IErrorMessage extends patchcast.v1.ErrorMessage.$Properties {
        }

        /** Represents an ErrorMessage. */
        class ErrorMessage {

            /**
             * Constructs a new ErrorMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchcast.v1.ErrorMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorMessage code. */
            code: string;

            /** ErrorMessage message. */
            message: string;

            /** ErrorMessage closeCode. */
            closeCode: number;

            /**
             * Creates a new ErrorMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorMessage instance
             */
            static create(properties: patchcast.v1.ErrorMessage.$Shape): patchcast.v1.ErrorMessage & patchcast.v1.ErrorMessage.$Shape;
            static create(properties?: patchcast.v1.ErrorMessage.$Properties): patchcast.v1.ErrorMessage;

            /**
             * Encodes the specified ErrorMessage message. Does not implicitly {@link patchcast.v1.ErrorMessage.verify|verify} messages.
             * @param message ErrorMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchcast.v1.ErrorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchcast.v1.ErrorMessage & patchcast.v1.ErrorMessage.$Shape} ErrorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchcast.v1.ErrorMessage & patchcast.v1.ErrorMessage.$Shape;

            /**
             * Verifies an ErrorMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ErrorMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorMessage
             */
            static fromObject(object: { [k: string]: any }): patchcast.v1.ErrorMessage;

            /**
             * Creates a plain object from an ErrorMessage message. Also converts values to other types if specified.
             * @param message ErrorMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchcast.v1.ErrorMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorMessage {

            /** Properties of an ErrorMessage. */
            interface $Properties {

                /** ErrorMessage code */
                code?: string;

                /** ErrorMessage message */
                message?: string;

                /** ErrorMessage closeCode */
                closeCode?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorMessage. */
            type $Shape = patchcast.v1.ErrorMessage.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: number;

                /** Timestamp nanos */
                nanos?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
